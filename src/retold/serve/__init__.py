"""Serve: the CLI, exports and (later) the web app and JSON API over the library."""
