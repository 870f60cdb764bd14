"""EOSDA in QGIS: tasks, result layers and the service's state, without widgets."""
