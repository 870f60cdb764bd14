"""The demo: `run` starts QGIS on the sandbox (`make demo`), `scenario` runs inside it
and calls one module per service; `headless` is `make demo-headless`."""
