"""Mapflow's tab of the panel, its dialogs and map tools."""
