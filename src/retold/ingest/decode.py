"""Bytes to text: compression, byte-order marks, encoding detection, binary junk."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass

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
    """Return the decompressed bytes when ``data`` is gzip, and whether it was."""
    if not data.startswith(_GZIP_MAGIC):
        return data, False
    try:
        out = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeFailure(f"corrupt gzip data: {exc}") from exc
    if len(out) > max_bytes:
        raise DecodeFailure(f"decompressed size {len(out)} bytes exceeds the limit {max_bytes}")
    return out, True


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    bad += sample.count("\ufffd")
    return bad / len(sample)


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
    if b"\x00" in data[:8192]:
        raise DecodeFailure("binary content: NUL bytes in a file without a UTF-16 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodeFailure("undecodable: no text encoding fits these bytes")
    if _is_latin_script_guess(best.encoding):
        # Detectors cannot tell Western code pages apart on short text (an "ñ" is an
        # "ń" in cp1250); Windows-1252 is by far the likeliest of them for news.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


_NON_LATIN = ("iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "mac_cyrillic", "mac_greek")


def _is_latin_script_guess(codec: str) -> bool:
    if codec in _NON_LATIN:
        return False
    return codec in {
        "cp1250",
        "latin_1",
        "cp850",
        "cp852",
        "cp775",
        "cp437",
        "cp858",
        "hp_roman8",
    } or codec.startswith(("iso8859_", "mac_"))
