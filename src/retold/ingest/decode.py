"""Bytes to text: compression, byte-order marks, encoding detection, binary junk."""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from itertools import pairwise

from charset_normalizer import from_bytes

# Signatures of binary formats people drop into a folder of articles by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"SQLite format 3", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


class DecodeFailure(ValueError):
    """Why a byte string is not text we can read (becomes a Rejected reason)."""


def gunzip_if_needed(data: bytes, max_bytes: int) -> tuple[bytes, bool]:
    """Return the decompressed bytes when ``data`` is gzip, and whether it was.

    Decompresses in steps and stops as soon as the output passes ``max_bytes``, so a
    gzip bomb (a few MB that expand to gigabytes) costs at most ``max_bytes`` of memory.
    Concatenated gzip members are read one after another, as ``gzip`` does.
    """
    if not data.startswith(_GZIP_MAGIC):
        return data, False
    out = bytearray()
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(wbits=31)  # 31: a gzip header and trailer
            while True:
                out += inflater.decompress(rest, max_bytes + 1 - len(out))
                if len(out) > max_bytes:
                    raise DecodeFailure(
                        f"decompressed size exceeds the limit {max_bytes} bytes (gzip bomb?)"
                    )
                rest = inflater.unconsumed_tail
                if inflater.eof or not rest:
                    break
            if not inflater.eof:
                raise DecodeFailure("corrupt gzip data: compressed file ended before the end")
            rest = inflater.unused_data.lstrip(b"\x00")  # padding after a member is allowed
    except zlib.error as exc:
        raise DecodeFailure(f"corrupt gzip data: {exc}") from exc
    return bytes(out), True


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) / len(sample) if sample else 0.0


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text with line endings normalized to ``\\n``.

    Strict UTF-8 first (charset detectors are least reliable on short UTF-8),
    then byte-order marks, then charset-normalizer.  Raises DecodeFailure for
    empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeFailure("empty file" if not data else "file holds only whitespace")
    kind = _binary_kind(data)
    if kind is not None:
        raise DecodeFailure(f"binary file ({kind}), not text")
    text, encoding = _decode_text(data)
    if _control_ratio(text) > 0.02:
        raise DecodeFailure("binary content: too many control characters to be text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeFailure("file holds only whitespace")
    return Decoded(text=text, encoding=encoding)


def _decode_text(data: bytes) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), codec
            except UnicodeDecodeError as exc:
                raise DecodeFailure(f"byte-order mark says {codec} but: {exc}") from exc
    wide = _utf16_without_bom(data)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise DecodeFailure("binary content: NUL bytes in a file without a UTF-16 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodeFailure("undecodable: no text encoding fits these bytes")
    return _best_reading(data, best.encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte-order mark: mostly-ASCII text whose every other
    byte is NUL (the high byte of each character), at even offsets (big-endian) or odd
    ones (little-endian)."""
    sample = data[:8192]
    if len(sample) < 16 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.9 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


# Single-byte code pages news comes in, in order of preference when two read equally well.
_SINGLE_BYTE = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "koi8_r")
_TYPOGRAPHY = set("\u00a0’‘“”„–—…€«»°•·§©®™′″‹›。、，「」『』！？：；（）")


def _best_reading(data: bytes, detected: str) -> tuple[str, str]:
    """The encoding whose reading of ``data`` looks most like real text.

    Detectors guess poorly on short text and between sibling code pages (an "ñ"
    is an "ń" in cp1250); a reading scores by whether its non-ASCII letters sit
    in words the way letters of their script do.
    """
    # On a tie, Windows-1252 beats its Latin siblings; otherwise the detector's guess wins.
    order = (
        (*_SINGLE_BYTE, detected) if _is_latin_script_guess(detected) else (detected, *_SINGLE_BYTE)
    )
    readings: list[tuple[int, int, str, str]] = []
    for rank, codec in enumerate(order):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        readings.append((_plausibility(text), -rank, text, codec))
    if not readings:
        raise DecodeFailure("undecodable: no text encoding fits these bytes")
    _, _, text, codec = max(readings)
    return text, codec


def _plausibility(text: str) -> int:
    score = 0
    for word in re.findall(r"\S+", text[:50_000]):
        if word.isascii():
            continue
        for run in re.findall(r"[^\x00-\x7f]+", word):
            score += sum(_run_score(run, word))
            # "рТЙЧЕФ": case flipping inside a word is a code page misread, not a name
            score -= 2 * sum(a.islower() and b.isupper() for a, b in pairwise(run))
    return score


def _run_score(run: str, word: str) -> list[int]:
    scores = []
    latin_run = sum(1 for ch in run if ch.isalpha() and _script(ch) == "latin")
    has_ascii_letters = any(ch.isascii() and ch.isalpha() for ch in word)
    for ch in run:
        if ch in _TYPOGRAPHY:
            scores.append(1)
        elif not ch.isalpha():
            scores.append(-2)
        elif _script(ch) == "latin":
            scores.append(1 if latin_run <= 2 and has_ascii_letters else -1)
        else:
            scores.append(-1 if has_ascii_letters else 1)
    return scores


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in (
        "CYRILLIC",
        "GREEK",
        "ARABIC",
        "HEBREW",
        "CJK",
        "HANGUL",
        "HIRAGANA",
        "KATAKANA",
        "THAI",
        "DEVANAGARI",
    ):
        if name.startswith(script):
            return script.lower()
    return "latin"


_NON_LATIN = ("iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "mac_cyrillic", "mac_greek")
_LATIN_GUESSES = {
    "cp1250",
    "cp1252",
    "latin_1",
    "cp850",
    "cp852",
    "cp775",
    "cp437",
    "cp858",
    "hp_roman8",
}


def _is_latin_script_guess(codec: str) -> bool:
    """Whether a detector's guess is one of the Latin-script single-byte code pages."""
    if codec in _NON_LATIN:
        return False
    return codec in _LATIN_GUESSES or codec.startswith(("iso8859_", "mac_"))
