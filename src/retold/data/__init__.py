"""Language and outlet knowledge kept as data files (read with importlib.resources)."""

from __future__ import annotations

import json
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any


def load_data(name: str, path: Path | None = None) -> dict[str, Any]:
    """The TOML table (or JSON object, for a ``.json`` name) ``path``, or the shipped
    ``retold/data/NAME`` when no path is given."""
    if path is None:
        text = files("retold.data").joinpath(name).read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    if name.endswith(".json"):
        data: dict[str, Any] = json.loads(text)
        return data
    return tomllib.loads(text)
