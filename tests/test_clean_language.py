"""Language identification (``retold.clean.language``): py3langid's codes, its model
unpacked once into the cache folder and mapped from there after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import py3langid
import pytest

from retold.clean import language

TEXTS = [
    ("The council met on Tuesday and voted to close the bridge for repairs.", "en"),
    ("Der Rat hat am Dienstag beschlossen, die Brücke zu schließen.", "de"),
    ("Le conseil a voté mardi la fermeture du pont pour des travaux.", "fr"),
    ("El consejo votó el martes cerrar el puente para hacer reparaciones.", "es"),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no identifier loaded yet in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RETOLD_CACHE", raising=False)
    language.identifier.cache_clear()
    yield tmp_path
    language.identifier.cache_clear()


@pytest.mark.parametrize(("text", "code"), TEXTS)
def test_codes_are_py3langids(fresh: Path, text: str, code: str) -> None:
    assert language.classify(text) == code == py3langid.classify(text)[0]


def test_the_model_is_unpacked_once_then_mapped(fresh: Path) -> None:
    first = [language.classify(text) for text, _ in TEXTS]
    folders = list((fresh / "retold").iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("langid-")
    assert sorted(p.name for p in folders[0].iterdir()) == sorted(
        f"{name}.npy" for name in ("ptc", "pc", "classes", "nextmove", "row", "output")
    )
    language.identifier.cache_clear()
    assert [language.classify(text) for text, _ in TEXTS] == first  # read from the cache


def test_an_unwritable_cache_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    language.identifier.cache_clear()
    try:
        assert [language.classify(text) for text, _ in TEXTS] == [c for _, c in TEXTS]
    finally:
        language.identifier.cache_clear()


def test_a_damaged_copy_is_unpacked_again(fresh: Path) -> None:
    language.classify(TEXTS[0][0])
    (folder,) = (fresh / "retold").iterdir()
    (folder / "ptc.npy").write_bytes(b"not an array")
    language.identifier.cache_clear()
    assert [language.classify(text) for text, _ in TEXTS] == [c for _, c in TEXTS]
    language.identifier.cache_clear()
    assert language.classify(TEXTS[1][0]) == TEXTS[1][1]  # the copy written afresh
    assert (folder / "ptc.npy").stat().st_size > 1000


def test_writing_a_model_removes_the_copies_of_older_ones(fresh: Path) -> None:
    root = fresh / "retold"
    older = [root / "langid-1-4500000-1", root / "langid-2-4400000-7"]
    for folder in older:
        folder.mkdir(parents=True)
        (folder / "ptc.npy").write_bytes(b"an older model's table")
    in_flight = root / "langid-2-1-1.abc.partial"  # another process still writing
    in_flight.mkdir()
    (root / "other").mkdir()  # not a language model's: left alone
    assert language.classify(TEXTS[1][0]) == TEXTS[1][1]
    names = sorted(p.name for p in root.iterdir())
    assert [n for n in names if n.startswith("langid-") and not n.endswith(".partial")] == [
        _current(root)
    ]
    assert in_flight.name in names and "other" in names
    assert not any(folder.exists() for folder in older)


def _current(root: Path) -> str:
    stat = (language.MODEL_DIR / language.MODEL_FILE).stat()
    return f"{language.PREFIX}{stat.st_size}-{stat.st_mtime_ns}"


def test_retold_cache_names_the_folder(
    tmp_path: Path, fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere"
    monkeypatch.setenv("RETOLD_CACHE", str(chosen))
    assert language.classify(TEXTS[2][0]) == TEXTS[2][1]
    assert [p.name for p in chosen.iterdir()] == [_current(chosen)]
    assert not (fresh / "retold").exists()


def test_retold_cache_off_writes_nothing(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETOLD_CACHE", "off")
    assert [language.classify(text) for text, _ in TEXTS] == [c for _, c in TEXTS]
    assert language.cache_root() is None
    assert list(fresh.iterdir()) == []


ENGLISH = (
    "The council met on Tuesday and voted to close the bridge, which has been shut twice "
    "this year. Residents said they would have preferred a repair, but the engineers told "
    "the meeting that the river was too high and that their report had found cracks in "
    "the piers that were wider than the limit."
)
DUTCH = (  # "is", "was", "of", "de": words Dutch shares with English are no markers
    "De gemeenteraad heeft dinsdag besloten de brug te sluiten. Het is de tweede keer dit "
    "jaar dat de brug dicht moet, omdat het water te hoog staat. Volgens de wethouder was "
    "er geen andere keuze, want de veiligheid van de bewoners gaat voor. Of de brug "
    "volgende week weer open gaat, is nog niet bekend."
)
POLISH = (  # "to" is Polish for "this"
    "Rada miasta zdecydowała we wtorek o zamknięciu mostu. To już drugi raz w tym roku, "
    "kiedy most musi zostać zamknięty, ponieważ poziom wody jest zbyt wysoki. To była "
    "trudna decyzja, powiedział burmistrz, ale bezpieczeństwo mieszkańców jest "
    "najważniejsze. Nie wiadomo jeszcze, kiedy most zostanie ponownie otwarty dla ruchu."
)
RESULTS = (  # English, but names and figures: the identifier decides
    "Results: Ashford 3 Kelby 1; Tolvey Rovers 0 Marsh Town 2; Fenmoor 1 Ridge 1; "
    "Harbour City 4 Lakeside 0; Valley United 2 Northgate 2; Eastcote 1 Westcote 3; "
    "Brampton 0 Oakley 0; Southby 2 Millbrook 1; Carrow 5 Dunmore 2; Pellow 1 Trent 0."
)


@pytest.mark.parametrize(
    ("text", "plain"),
    [(ENGLISH, True), (DUTCH, False), (POLISH, False), (RESULTS, False), (TEXTS[0][0], False)],
)
def test_plainly_english_text_needs_no_identifier(fresh: Path, text: str, plain: bool) -> None:
    """Forty words or more, a tenth of them words only English writes: English at once,
    as py3langid says too; anything else goes to the identifier (a short line as well)."""
    assert language.plainly_english(text) is plain
    assert language.classify(text) == py3langid.classify(text)[0]
    assert not plain or language.classify(text) == "en"
