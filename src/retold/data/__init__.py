"""Language and outlet knowledge kept as data files (read with importlib.resources)."""
