"""What story clustering keeps between runs, and its byte form.

The state holds, per article (sorted by id): its term counts and heaviest terms
(which stand until the next full run changes the weights), publication
date, title and story; the similarity edges with each edge's cosines (full text, names,
numbers) and probability; and
the document frequencies of the last full run (the IDF every run until the next
one weighs terms by, ``incremental.py``).  That is all a later run needs to
place new articles, re-cluster only the parts of the graph they touch, and
rebuild those stories' titles and dates, without the old ``Article`` records.
"""

from __future__ import annotations

import io
import itertools
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from retold.link.features import StoryTerms
from retold.link.graph import empty_terms
from retold.link.vectors import F32, I64, Frequencies, TermCounts

FORMAT = "retold.story-state.v5"
MAGIC = b"retold-story-state-zstd\n"  # then the uncompressed size (8 bytes), then zstd
LEVEL = 1  # zstd level: the state is written every run; level 1 is 3x faster than zlib's 1


@dataclass(frozen=True)
class StoryState:
    """Story clustering state.  Rows are articles sorted by id; edges index rows."""

    version: str
    ids: tuple[str, ...]
    published: tuple[str | None, ...]
    titles: tuple[str, ...]
    mentions: tuple[tuple[int, ...], ...]
    headline_names: tuple[tuple[int, ...], ...]
    names: tuple[tuple[int, ...], ...]
    terms: StoryTerms
    edge_a: I64
    edge_b: I64
    edge_cos: F32  # each edge's full-text cosine
    edge_p: F32  # each edge's probability (``stories.pair_probabilities``)
    days: I64  # each row's effective publication day (``stories.effective_days``), -1 none
    story_of: tuple[str, ...]
    idf: tuple[Frequencies, Frequencies]  # full and title document frequencies, last full run
    full_run_size: int = 0  # articles in the state when every story was last recomputed
    years: tuple[tuple[int, ...], ...] = ()  # past years each text mentions (empty: unknown)
    yearless: tuple[tuple[int, ...], ...] = ()  # undated texts' month-days (empty: unknown)
    tops: TermCounts | None = None  # each row's heaviest terms (``vectors.top_terms``)
    edge_channels: F32 | None = None  # each edge's names and numbers cosines (m x 2)

    def __len__(self) -> int:
        return len(self.ids)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        meta = {"format": FORMAT, "version": self.version, "full_run_size": self.full_run_size}
        arrays: dict[str, Any] = {
            "meta": np.array(json.dumps(meta)),
            "ids": _strings(self.ids),
            "published": _strings([p or "" for p in self.published]),
            "titles": _strings(self.titles),
            "story_of": _strings(self.story_of),
            "edge_a": _narrow(self.edge_a),
            "edge_b": _narrow(self.edge_b),
            "edge_cos": self.edge_cos.astype(np.float32),
            "edge_p": self.edge_p.astype(np.float32),
            "days": _narrow(self.days),
            "idf_docs": np.array(self.idf[0].n_docs),
            "idf_full": _narrow(self.idf[0].df),
            "idf_title": _narrow(self.idf[1].df),
            **_ragged("mention", self.mentions),
            **_ragged("year", self.years),
            **_ragged("yearless", self.yearless),
            **_ragged("headline_name", self.headline_names),
            **_ragged("name", self.names),
            **_counts("full", self.terms.full),
            **_counts("title", self.terms.title),
            **_tops(self.tops),
        }
        if self.edge_channels is not None:
            arrays["edge_names"] = self.edge_channels[:, 0].astype(np.float32)
            arrays["edge_numbers"] = self.edge_channels[:, 1].astype(np.float32)
        np.savez(buffer, **arrays)
        data = buffer.getvalue()
        packed: bytes = pa.Codec("zstd", compression_level=LEVEL).compress(data, asbytes=True)
        return MAGIC + len(data).to_bytes(8, "little") + packed

    @staticmethod
    def from_bytes(data: bytes) -> StoryState:
        if not data.startswith(MAGIC):
            raise ValueError(f"not a story state (expected {FORMAT})")
        size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "little")
        try:
            packed = data[len(MAGIC) + 8 :]
            data = pa.Codec("zstd").decompress(packed, decompressed_size=size, asbytes=True)
        except pa.ArrowException as exc:
            raise ValueError(f"not a story state ({exc}; expected {FORMAT})") from exc
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("format") != FORMAT:
                raise ValueError(f"not a story state ({meta.get('format')!r}; expected {FORMAT})")
            return StoryState(
                version=meta["version"],
                ids=_read_strings(z["ids"]),
                published=tuple(x or None for x in _read_strings(z["published"])),
                titles=_read_strings(z["titles"]),
                mentions=_read_ragged(z, "mention"),
                headline_names=_read_ragged(z, "headline_name"),
                names=_read_ragged(z, "name"),
                terms=StoryTerms(_read_counts(z, "full"), _read_counts(z, "title")),
                edge_a=z["edge_a"].astype(np.int64),
                edge_b=z["edge_b"].astype(np.int64),
                edge_cos=z["edge_cos"],
                edge_p=z["edge_p"],
                days=z["days"].astype(np.int64),
                story_of=_read_strings(z["story_of"]),
                idf=(
                    Frequencies(z["idf_full"].astype(np.int64), int(z["idf_docs"])),
                    Frequencies(z["idf_title"].astype(np.int64), int(z["idf_docs"])),
                ),
                full_run_size=int(meta.get("full_run_size", 0)),
                years=_read_ragged(z, "year") if "year_values" in z else (),
                yearless=_read_ragged(z, "yearless") if "yearless_values" in z else (),
                tops=_read_tops(z) if "top_ids" in z else None,
                edge_channels=(
                    np.column_stack([z["edge_names"], z["edge_numbers"]])
                    if "edge_names" in z
                    else None
                ),
            )


def empty_state(version: str) -> StoryState:
    none = np.zeros(0, np.int64)
    no_idf = Frequencies(none, 0)
    no_floats = np.zeros(0, np.float32)
    edges: dict[str, Any] = {"edge_a": none, "edge_b": none}
    edges |= {"edge_cos": no_floats, "edge_p": no_floats}
    return StoryState(
        version,
        (),
        (),
        (),
        (),
        (),
        (),
        empty_terms(),
        **edges,
        days=none,
        story_of=(),
        idf=(no_idf, no_idf),
    )


def _strings(values: Any) -> np.ndarray:
    """Strings as the UTF-8 bytes of a JSON list (numpy's own string arrays hold four
    bytes a character, padded to the longest)."""
    return np.frombuffer(json.dumps(list(values)).encode("utf-8"), np.uint8)


def _read_strings(values: np.ndarray) -> tuple[str, ...]:
    return tuple(json.loads(values.tobytes().decode("utf-8")))


def _ragged(prefix: str, rows: tuple[tuple[int, ...], ...]) -> dict[str, np.ndarray]:
    """Rows of ints of varying length as one flat array and row offsets."""
    return {
        f"{prefix}_values": _narrow(np.array([v for row in rows for v in row], np.int64)),
        f"{prefix}_offsets": _narrow(np.cumsum([0] + [len(row) for row in rows])),
    }


def _narrow(values: np.ndarray) -> np.ndarray:
    """Integers as int32 where they fit (half the bytes to compress); read back as int64."""
    small = not values.size or (values.min() >= -(2**31) and values.max() < 2**31)
    return values.astype(np.int32) if small else values.astype(np.int64)


def _read_ragged(z: np.lib.npyio.NpzFile, prefix: str) -> tuple[tuple[int, ...], ...]:
    flat = z[f"{prefix}_values"].tolist()
    bounds = z[f"{prefix}_offsets"].tolist()
    return tuple(tuple(flat[s:e]) for s, e in itertools.pairwise(bounds))


def _counts(prefix: str, counts: TermCounts) -> dict[str, np.ndarray]:
    return {
        f"{prefix}_ids": _narrow(counts.ids),
        f"{prefix}_counts": counts.counts,
        f"{prefix}_offsets": _narrow(counts.offsets),
        f"{prefix}_vocab": counts.vocab,
    }


def _tops(tops: TermCounts | None) -> dict[str, np.ndarray]:
    """The columns of each row's heaviest terms (their counts are ones, their
    vocabulary the full text's)."""
    if tops is None:
        return {}
    return {"top_ids": _narrow(tops.ids), "top_offsets": _narrow(tops.offsets)}


def _read_tops(z: np.lib.npyio.NpzFile) -> TermCounts:
    ids = z["top_ids"].astype(np.int64)
    offsets = z["top_offsets"].astype(np.int64)
    return TermCounts(ids, np.ones(ids.size, np.float32), offsets, z["full_vocab"].astype(np.int64))


def _read_counts(z: np.lib.npyio.NpzFile, prefix: str) -> TermCounts:
    return TermCounts(
        z[f"{prefix}_ids"].astype(np.int64),
        z[f"{prefix}_counts"].astype(np.float32),
        z[f"{prefix}_offsets"].astype(np.int64),
        z[f"{prefix}_vocab"].astype(np.int64),
    )
