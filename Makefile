# Imagery Hub: `make demo` and `make test` set up everything they need themselves.
SHELL := /bin/bash
PYTHON := .venv/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROFILE ?= default
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)

.PHONY: setup translations qm test test-matrix demo demo-headless bench bench-spexi bench-processing bench-cancel deploy package lint clean

setup:
	@scripts/setup.sh

# the marked strings into resources/i18n/*.ts (pylupdate5), then the .qm files (lrelease)
translations: setup
	@$(PYTHON) scripts/translations.py update build

# the .qm files only (build outputs, not committed)
qm: setup
	@$(PYTHON) scripts/translations.py build

test: setup qm
	@rm -rf .qgis-settings
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest $(PYTEST_ARGS)

# `make test` here (3.22), then QGIS 3.40 and 3.44 in cached Debian roots
# (built on first use in $$IMAGERY_HUB_ROOTS, default /var/cache/imagery-hub/roots)
test-matrix:
	@scripts/test-matrix.sh $(QGIS_VERSIONS)

demo: setup
	$(PYTHON) scripts/demo/run.py

# qgis_process (no display) runs a search and a download against the sandbox
# into demo-output/headless/
demo-headless: setup
	$(PYTHON) scripts/demo/headless.py

# benchmarks print figures (never asserted) and are not part of `make test`
bench: bench-spexi bench-processing bench-cancel

bench-spexi: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/spexi_bench.py

bench-processing: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/processing_bench.py

# seconds from Cancel to the end of a download and a search against a dripping server
bench-cancel: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/cancel_bench.py

deploy:
	@mkdir -p "$(PROFILE_DIR)/python/plugins"
	@ln -sfn "$(CURDIR)" "$(PROFILE_DIR)/python/plugins/imagery_hub"
	@echo "Linked $(CURDIR) into $(PROFILE_DIR)/python/plugins/imagery_hub; enable it in Plugins > Manage and Install Plugins."

package:
	@python3 scripts/package.py --output dist/imagery_hub-$(VERSION).zip

lint: setup
	@$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PYTHON) -m ruff check .

clean:
	rm -rf .qgis-settings demo-output dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
