"""Settings: one dataclass, read from a TOML file and RETOLD_* environment variables.

Nothing happens at import time; ``load_settings`` is called by the edges (CLI, API).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from retold.errors import UsageError


@dataclass(frozen=True)
class Settings:
    """Every knob retold has.  Each field is documented in the README, and
    ``RunOptions.from_settings`` carries the analysis ones to the run."""

    db: str = "retold.db"  # the SQLite database file, or a postgresql:// URL
    max_file_bytes: int = 50_000_000  # larger input files are rejected
    # distinct articles of one outlet that must carry a short line for it to be learned
    # as that outlet's furniture (one fewer, at least 2, for a line at an article's edge)
    furniture_min_articles: int = 3
    furniture_max_words: int = 30  # longer paragraphs are never learned as furniture


def _coerce(name: str, raw: object, default: object) -> object:
    if isinstance(default, int) and not isinstance(default, bool):
        try:
            return int(str(raw))
        except ValueError as exc:
            raise UsageError(f"setting {name} must be an integer, got {raw!r}") from exc
    return str(raw)


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file (if given), then RETOLD_<NAME> variables."""
    env = dict(os.environ) if env is None else env
    settings = Settings()
    known = {f.name: f.default for f in fields(Settings)}
    values: dict[str, object] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"cannot read settings file {path}: {exc}") from exc
        for key, raw in data.items():
            if key not in known:
                raise UsageError(f"unknown setting {key!r} in {path}; valid: {', '.join(known)}")
            values[key] = _coerce(key, raw, known[key])
    for key, default in known.items():
        raw_env = env.get(f"RETOLD_{key.upper()}")
        if raw_env is not None:
            values[key] = _coerce(key, raw_env, default)
    return replace(settings, **values)  # type: ignore[arg-type]
