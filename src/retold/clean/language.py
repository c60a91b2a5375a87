"""Language identification with py3langid's model, kept unpacked on disk after first use.

py3langid ships its model LZMA-compressed (4.5 MB, 68 MB unpacked); unpacking it costs
about 0.7 s of CPU in every process that identifies a language, some 5% of an ECB+ dev
run (bench/README, session 13).  The first load here writes the unpacked arrays as
``.npy`` files under the user's cache folder (``$XDG_CACHE_HOME/retold``, else
``~/.cache/retold``; ``$RETOLD_CACHE`` names another folder), in a folder named after the
packaged model's size and time, and later processes map them instead; writing one removes
the folders older models left there.  ``RETOLD_CACHE=off`` turns the cache off: every
process unpacks the packaged model in memory and writes nothing.  The identifier is py3langid's own class over the
same arrays, so the codes are the ones ``py3langid.classify`` gives; when the cache
can be neither read nor written, the packaged model is unpacked as before.  Its table
of feature weights is widened from float16 to float32 once, not at every call: numpy
multiplies a float16 table by widening the rows it gathers to float32 first, exactly,
so the scores are the same to the bit.

A text that is plainly English (40 words or more, a tenth of them function words only
English writes: ``plainly_english``) is called English without the identifier; it is
what py3langid says of every such text of the eval sets, at a thirtieth of the cost.
"""

from __future__ import annotations

import os
import shutil
import uuid
from array import array
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

from retold.lang import ENGLISH_MARKERS, EnglishMarkers

FORMAT = 2  # of the cached arrays: 2, the weights widened to float32
PREFIX = f"langid-{FORMAT}-"  # of the folder of one packaged model's arrays
OFF = "off"  # RETOLD_CACHE's value that turns the cache off
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def classify(text: str) -> str:
    """The ISO 639-1 code py3langid gives ``text``; "en" without asking it when the
    text is plainly English (``plainly_english``)."""
    if plainly_english(text):
        return "en"
    code, _score = identifier().classify(text)
    return str(code)


def plainly_english(text: str, markers: EnglishMarkers = ENGLISH_MARKERS) -> bool:
    """Is ``text`` long enough, with enough of its words function words only English
    writes (``data/lang/en.toml`` ``[language]``), to be English?  About 30 times
    cheaper than the identifier, which says "en" of every such text of the eval sets;
    on ECB+ dev it settles eight texts in ten."""
    words = text.casefold().split()
    if len(words) < markers.min_words:
        return False
    return sum(map(markers.words.__contains__, words)) >= markers.min_share * len(words)


@cache
def identifier() -> Any:
    """py3langid's identifier over its packaged model, loaded once per process."""
    source = MODEL_DIR / MODEL_FILE
    stat = source.stat()
    root = cache_root()
    folder = None if root is None else root / f"{PREFIX}{stat.st_size}-{stat.st_mtime_ns}"
    arrays = None if folder is None else _read(folder)
    if arrays is None:
        arrays = dict(zip(_ARRAYS, load_model(source), strict=True))
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)  # a copy that could not be read
            _write(folder, arrays)
    return LanguageIdentifier(
        np.asarray(arrays["ptc"], dtype=np.float32),
        np.asarray(arrays["pc"]),
        list(arrays["classes"]),
        arrays["nextmove"],
        list(arrays["output"]),
        tk_row=arrays["row"],
    )


def cache_root() -> Path | None:
    """retold's folder for files it can always remake: ``$RETOLD_CACHE``, else
    ``$XDG_CACHE_HOME/retold``, else ``~/.cache/retold``; None when ``RETOLD_CACHE`` is
    ``off``."""
    chosen = os.environ.get("RETOLD_CACHE")
    if chosen:
        return None if chosen.strip().lower() == OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "retold"


def _read(folder: Path) -> dict[str, Any] | None:
    """The unpacked model, the large tables mapped rather than read; None when absent
    or unreadable."""
    try:
        loaded = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
    except (OSError, ValueError):
        return None
    return {
        "ptc": loaded["ptc"],
        "pc": np.array(loaded["pc"]),
        "classes": loaded["classes"].tolist(),
        "nextmove": _plain(loaded["nextmove"]),
        "row": _plain(loaded["row"]),
        "output": loaded["output"].tolist(),
    }


def _plain(values: np.ndarray) -> array[int]:
    """An unsigned integer array as the stdlib array py3langid walks (``modelio``'s form)."""
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _write(folder: Path, arrays: dict[str, Any]) -> None:
    """Save the unpacked model into ``folder`` whole or not at all (a folder renamed into
    place), then remove the copies of other models and formats beside it; a cache that
    cannot be written is left unwritten."""
    forms = {
        "ptc": np.asarray(arrays["ptc"], dtype=np.float32),
        "pc": np.asarray(arrays["pc"]),
        "classes": np.array(arrays["classes"]),
        "nextmove": np.frombuffer(arrays["nextmove"], dtype=f"u{arrays['nextmove'].itemsize}"),
        "row": np.frombuffer(arrays["row"], dtype=f"u{arrays['row'].itemsize}"),
        "output": np.asarray(arrays["output"], dtype=np.int32),
    }
    partial = folder.with_name(f"{folder.name}.{uuid.uuid4().hex}.partial")
    try:
        partial.mkdir(parents=True)
        for name, values in forms.items():
            np.save(partial / f"{name}.npy", values, allow_pickle=False)
        partial.rename(folder)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return
    for old in folder.parent.glob("langid-*"):
        if old != folder and not old.name.endswith(".partial"):  # another's write in flight
            shutil.rmtree(old, ignore_errors=True)
