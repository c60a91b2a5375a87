"""One exception tree for retold, converted to exit codes only at the edges.

    RetoldError                  exit 1
    ├── UsageError               exit 2   bad options or arguments
    ├── NothingReadError         exit 3   no input could be read as an article
    ├── StoreError               exit 4   the database cannot be opened or written
    │   └── SchemaError          exit 4   the database is from a newer retold
    ├── NotFoundError            exit 5   an id or name that is not in the database
    └── EvalGateError            exit 6   a quality score fell below its floor

Bad input files are not exceptions: they become ``Rejected`` values.
"""

from __future__ import annotations


class RetoldError(Exception):
    exit_code = 1


class UsageError(RetoldError):
    exit_code = 2


class NothingReadError(RetoldError):
    exit_code = 3


class StoreError(RetoldError):
    exit_code = 4


class SchemaError(StoreError):
    pass


class NotFoundError(RetoldError):
    exit_code = 5


class EvalGateError(RetoldError):
    exit_code = 6


EXIT_CODES: dict[int, str] = {
    0: "success (some inputs may still have been rejected; the summary lists them)",
    1: "unexpected internal error",
    2: "usage error: bad option or argument",
    3: "nothing could be read: every input was missing or rejected",
    4: "database unusable: cannot open or write, or written by a newer retold",
    5: "not found: no article or story with that id, or an id prefix that starts several "
    "(they are listed)",
    6: "quality gate failed: a score fell below its pinned floor",
}
