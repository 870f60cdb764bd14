# Imagery Hub: `make demo` and `make test` set up everything they need themselves.
SHELL := /bin/bash
PYTHON := .venv/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROFILE ?= default
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)

.PHONY: setup translations qm test test-matrix demo demo-headless screenshots bench bench-selection bench-startup bench-ingest bench-downloads bench-spexi bench-processing bench-cancel bench-mapillary bench-mapflow bench-eosda bench-imago bench-budget bench-inventory deploy package lint clean

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

# every tab after a search, at 1366x768 and 1920x1080, into docs/screenshots/<size>/
screenshots: setup
	$(PYTHON) scripts/screenshots.py

# qgis_process (no display) runs a search and a download against the sandbox
# into demo-output/headless/
demo-headless: setup
	$(PYTHON) scripts/demo/headless.py

# benchmarks print figures (never asserted) and are not part of `make test`
bench: bench-selection bench-startup bench-ingest bench-downloads bench-spexi bench-processing bench-cancel \
	bench-mapillary bench-mapflow bench-eosda bench-imago bench-budget \
	bench-inventory

bench-spexi: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/spexi_bench.py

bench-processing: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/processing_bench.py

# selection sync, path writes and download bookkeeping at 1k / 10k / 100k results
bench-selection: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/selection_bench.py

# result rows into a GeoPackage against one raw OGR transaction
bench-ingest: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/ingest_bench.py

# downloads behind a link capped as a whole at 8 and 40 MB/s
bench-downloads: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/downloads_bench.py

# the services' own figures, each against the sandbox in its own process
bench-mapillary bench-mapflow bench-eosda bench-imago bench-budget: bench-%: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/$*_bench.py

# classFactory + initGui in fresh processes
bench-startup: setup
	$(PYTHON) bench/startup_bench.py

# seconds from Cancel to the end of a download and a search against a dripping server
bench-cancel: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/cancel_bench.py

# the overview's time against the slowest single service's own search
bench-inventory: setup
	QT_QPA_PLATFORM=offscreen $(PYTHON) bench/inventory_bench.py

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
