"""Encoding detection on short texts, where detectors guess worst."""

from __future__ import annotations

import pytest

from retold.ingest.decode import DecodeFailure, decode_bytes

SHORT_TEXTS = [
    ("Café Noël.", "latin-1"),
    ("Привет, мир.", "cp1251"),
    ("Sejm zatwierdziła ustawę w środę wieczorem.", "cp1250"),
    ("Las Vicuñas “final offer” — €2,500", "cp1252"),
    ("Müller said the Straße was closed.", "cp1252"),
    ("Ελλάδα και Αθήνα", "cp1253"),
    ("Il a créé une œuvre à Genève.", "cp1252"),
    ("The minister quoted «Слава Україні» at the rally.", "cp1251"),
    ("東京で記者会見が開かれた。首相は話した。", "shift_jis"),
    ("北京市政府今天宣布新的交通政策。", "gb18030"),
    ("Привет мир, как дела сегодня", "koi8_r"),
]


@pytest.mark.parametrize(("text", "encoding"), SHORT_TEXTS, ids=[e for _, e in SHORT_TEXTS])
def test_short_text_decodes_to_what_was_written(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"abc\x00def", "NUL bytes"),
    ],
)
def test_not_text_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeFailure, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark(codec: str) -> None:
    text = "The council met on Monday. Straße, café and Привет stay as written.\n"
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)
