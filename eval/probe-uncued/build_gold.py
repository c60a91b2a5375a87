"""Write eval/probe-uncued/gold.json (stdlib only): the uncued-attribution probe's speaker gold.

Written blind for issue 10, before reading retold's analysis, compare or link code. Every
direct quote of 4+ words in an article body (straight double quotes, paired inside a
paragraph; a quote left open at a paragraph's end runs to it, as multi-paragraph quotes do)
is listed below in reading order with its speaker: the source span as the text names it
and its head surname as ``speaker_key`` (PolNeAR's convention, see
shared/eval/polnear/README.md). An organisation's key is its distinctive head word; a
campaign's ad or post is keyed to its candidate; an unnamed source ('One man in the back')
has no key. "+" continues the previous quote: a split quote or a multi-paragraph one.

    python3 eval/probe-uncued/build_gold.py     # writes gold.json and checks it
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
HEADER_LINES = 4  # outlet, title, date, byline (a dek line has no quotes)

LINDQVIST = ("Gov. Harriet Lindqvist", "Lindqvist")
BRANDVOLD = ("Colin Brandvold", "Brandvold")
ASHGROVE = ("Sen. Pauline Ashgrove", "Ashgrove")
KITTREDGE = ("Rep. Dwayne Kittredge", "Kittredge")
THIBODEAUX = ("Ronald Thibodeaux", "Thibodeaux")
ODUYA = ("Felix Oduya", "Oduya")
NORTHWOODS = ("Northwoods Compute", "Northwoods")
HOLLISTER = ("Wade Hollister Jr.", "Hollister")
HOLLISTER_SR = ("Wade Hollister Sr.", "Hollister")
HOLLISTER_CAMPAIGN = ("the Hollister campaign", "Hollister")
RUIZ_TATE = ("Ramona Ruiz-Tate", "Ruiz-Tate")
BAPTISTE = ("Theo Baptiste", "Baptiste")
FARRADAY = ("Rep. Lucius Farraday", "Farraday")
ABERNATHY = ("Corinne Abernathy", "Abernathy")
MONROE = ("Keisha Monroe-Whitfield", "Monroe-Whitfield")
SUTCLIFFE = ("Raymond Sutcliffe", "Sutcliffe")
E_SUTCLIFFE = ("Evangeline Sutcliffe", "Sutcliffe")
FENWICK = ("Loretta Fenwick-Boyd", "Fenwick-Boyd")
OSEI = ("Harriet Osei-Blanchard", "Osei-Blanchard")
MORE = "+"

# fmt: off
SPEAKERS: dict[str, list] = {
    "a1-continental-press-lindqvist-veto.txt": [
        LINDQVIST, LINDQVIST, BRANDVOLD, BRANDVOLD, LINDQVIST, LINDQVIST, ASHGROVE, ASHGROVE,
        MORE, ("Clean Wisconsin Waters", "Waters"), ("Miguel Santangelo", "Santangelo"),
        NORTHWOODS, KITTREDGE,
    ],
    "a2-lakeshore-tribune-veto-analysis.txt": [
        LINDQVIST, BRANDVOLD, BRANDVOLD, BRANDVOLD, LINDQVIST, MORE, MORE,
        ("Anita Dorsey-Vale", "Dorsey-Vale"), ODUYA, THIBODEAUX, THIBODEAUX,
    ],
    "a3-badger-right-report-veto.txt": [
        LINDQVIST, BRANDVOLD, ASHGROVE, ODUYA, ("Her own pollster", "pollster"), KITTREDGE,
        NORTHWOODS, THIBODEAUX, THIBODEAUX, BRANDVOLD,
    ],
    "a4-courier-ledger-kenosha-reaction.txt": [
        ("Marjorie Quillen", "Quillen"), ("Marjorie Quillen", "Quillen"),
        ("Arthur Quillen", "Quillen"), MORE, ("Mayor Brent Halvorsen", "Halvorsen"),
        ("Mayor Brent Halvorsen", "Halvorsen"), ("Gail Stroud", "Stroud"), KITTREDGE,
        ("One man in the back", None), KITTREDGE, ("Marjorie Quillen", "Quillen"),
    ],
    "a5-northern-quarterly-lindqvist-profile.txt": [
        LINDQVIST, ("Winifred Oyelaran", "Oyelaran"), LINDQVIST,
        ("Desmond Achterberg", "Achterberg"), LINDQVIST, LINDQVIST, LINDQVIST,
        ("Per Lindqvist", "Lindqvist"), LINDQVIST, LINDQVIST, LINDQVIST,
    ],
    "a6-racine-journal-kittredge.txt": [
        KITTREDGE, ("Leonard Kittredge", "Kittredge"), KITTREDGE, BRANDVOLD, BRANDVOLD,
        ("Gail Stroud", "Stroud"), KITTREDGE, ("Kristin Oyama", "Oyama"),
    ],
    "b1-newsnine-arizona-debate.txt": [
        RUIZ_TATE, HOLLISTER, HOLLISTER_SR, HOLLISTER_SR, HOLLISTER_CAMPAIGN, BAPTISTE,
        HOLLISTER, ("Lorraine Achebe-Stiles", "Achebe-Stiles"),
    ],
    "b2-desert-ledger-debate.txt": [
        HOLLISTER, RUIZ_TATE, HOLLISTER_SR, HOLLISTER_SR, HOLLISTER_SR,
        ("Celeste Hollister", "Hollister"), HOLLISTER, BAPTISTE,
        ("Brianna Lockett", "Lockett"), BAPTISTE, RUIZ_TATE, RUIZ_TATE,
    ],
    "b3-copper-state-progress-debate.txt": [
        HOLLISTER, HOLLISTER, HOLLISTER_CAMPAIGN, RUIZ_TATE, BAPTISTE, HOLLISTER_SR, HOLLISTER,
    ],
    "b4-yuma-valley-register-debate.txt": [
        RUIZ_TATE, RUIZ_TATE, ("Refugio Anaya", "Anaya"), ("Luisa Anaya", "Anaya"),
        ("Refugio Anaya", "Anaya"), HOLLISTER_CAMPAIGN, ("Dolores Whitcomb", "Whitcomb"),
        RUIZ_TATE,
    ],
    "b5-continental-press-arizona-final-week.txt": [
        HOLLISTER, RUIZ_TATE, HOLLISTER_SR, MORE, BAPTISTE, ("Esteban Tate", "Tate"),
        ("Celeste Hollister", "Hollister"), ("Maribel Quintanar", "Quintanar"),
        ("Brianna Lockett", "Lockett"), RUIZ_TATE, ("Lorraine Achebe-Stiles", "Achebe-Stiles"),
    ],
    "c1-continental-press-georgia-memo.txt": [
        ABERNATHY, FARRADAY, OSEI, ("Stanton Greaves", "Greaves"), SUTCLIFFE,
        ("a department spokesperson", None),
    ],
    "c2-coastal-herald-farraday-memo.txt": [
        ("Mr. Farraday's office", "Farraday"), FARRADAY, FARRADAY, ("Her lawyer", "lawyer"),
        MONROE, MONROE, SUTCLIFFE, E_SUTCLIFFE, FENWICK, OSEI,
    ],
    "c3-newsnine-farraday.txt": [
        FARRADAY, ABERNATHY, FARRADAY, MONROE, MORE, MONROE, ("Nathaniel Obuya-Grant", "Obuya-Grant"),
        E_SUTCLIFFE, FENWICK, OSEI, MORE,
    ],
    "c4-peach-state-sentinel-farraday.txt": [
        ("Rep. Lucius Farraday's former chief of staff", "staff"), FARRADAY, MONROE,
        ("Dale Prewitt", "Prewitt"), SUTCLIFFE, ("Sutcliffe's wife", "Sutcliffe"), FENWICK,
        FARRADAY, FARRADAY,
    ],
}
# fmt: on

# The attribution shape of each quote (after "+" continuations are folded), in reading order:
# CUED a reporting verb beside the quote (said, told, added, asked, "In a statement, X said:");
# NARR a quote-only paragraph (or sentence) after narration about its speaker; COLON a colon
# lead-in whose sentence names a speech noun or the speaker ("His statement:", "had this to
# say:"); DOC a memo, post, ad, caption, sign or statement that speaks, its issuer named nearby;
# OBJ quoted words as the object or complement of an ordinary verb or speech noun ("promised",
# "dismissed it as", "accusing him of", "his vow to"); QA an answer to a question the
# narration asks; HEAD a headline-style "Name: quote" line.
SHAPES = {
    "a1": "OBJ CUED COLON OBJ CUED DOC OBJ CUED DOC CUED CUED DOC",
    "a2": "COLON OBJ NARR NARR CUED DOC CUED OBJ NARR",
    "a3": "OBJ COLON COLON OBJ DOC DOC DOC OBJ NARR COLON",
    "a4": "DOC NARR CUED OBJ COLON NARR CUED COLON NARR NARR",
    "a5": "NARR NARR DOC OBJ NARR OBJ NARR NARR NARR OBJ QA",
    "a6": "NARR NARR NARR COLON OBJ NARR QA NARR",
    "b1": "NARR OBJ CUED CUED DOC DOC NARR NARR",
    "b2": "COLON COLON NARR NARR NARR NARR OBJ CUED NARR CUED NARR NARR",
    "b3": "COLON CUED DOC COLON DOC OBJ COLON",
    "b4": "COLON COLON NARR NARR NARR CUED NARR NARR",
    "b5": "CUED CUED CUED CUED CUED NARR OBJ CUED NARR CUED",
    "c1": "DOC COLON NARR OBJ NARR CUED",
    "c2": "DOC QA QA OBJ NARR DOC NARR DOC DOC NARR",
    "c3": "HEAD DOC COLON CUED DOC NARR DOC COLON CUED",
    "c4": "DOC COLON DOC NARR COLON OBJ CUED NARR NARR",
}


def quoted(text: str) -> list[str]:
    """Every double-quoted span of 4+ words in a body, in reading order."""
    spans = []
    for line in text.split("\n")[HEADER_LINES:]:
        parts = line.split('"')
        spans += [p for p in parts[1::2] if len(p.split()) >= 4]
    return spans


def build() -> dict:
    quotes: list[dict] = []
    files = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert files == sorted(SPEAKERS), "every corpus file needs a speaker list"
    for name in files:
        spans, speakers = quoted((CORPUS / name).read_text(encoding="utf-8")), SPEAKERS[name]
        assert len(spans) == len(speakers), f"{name}: {len(spans)} quotes, {len(speakers)} speakers"
        for span, who in zip(spans, speakers, strict=True):
            if who == MORE:
                occ = quotes[-1]["occurrences"][0]
                occ["segments"] = [*occ.get("segments", [occ["text"]]), span]
                occ["split"] = True
                occ["text"] = quotes[-1]["canonical"] = " ".join(occ["segments"])
                continue
            occurrence = {"article": name, "text": span, "kind": "direct", "fidelity": "verbatim"}
            quotes.append(
                {
                    "id": f"U{len(quotes) + 1}",
                    "speaker": who[0],
                    "speaker_key": who[1],
                    "type": "direct",
                    "canonical": span,
                    "occurrences": [occurrence],
                }
            )
    for prefix, codes in SHAPES.items():
        mine = [q for q in quotes if q["occurrences"][0]["article"].startswith(prefix)]
        assert len(mine) == len(codes.split()), f"{prefix}: shapes do not match quotes"
        for entry, shape in zip(mine, codes.split(), strict=True):
            entry["shape"] = shape
    return {"articles": {}, "quotes": quotes}


def main() -> None:
    gold = build()
    text = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    (HERE / "gold.json").write_text(text, encoding="utf-8")
    print(f"{len(gold['quotes'])} quotes in {len(SPEAKERS)} articles")


if __name__ == "__main__":
    main()
