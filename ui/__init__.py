"""Widgets and map tools: the panel, the results table, the area-of-interest
tools and the task progress line at the top; one package per service below."""
