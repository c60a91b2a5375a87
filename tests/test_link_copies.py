"""Copies: planted exact / near / trimmed / re-headlined / rewritten copies, direction,
evidence, the MinHash estimate against datasketch, and the newsdev duplicate groups."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from helpers import ORIGINAL, REWRITE, SHARED, make_article
from retold.link.candidates import CandidateOptions, signatures
from retold.link.copies import CopyOptions, find_copies, verify_pairs
from retold.link.evidence import copy_diff
from retold.link.fingerprint import ShingleOptions, fingerprint, normalize
from retold.link.language import load_language
from retold.records import Article, Dateline

INDEPENDENT = [
    "About 1,800 people have left Harlow Creek as a large grass fire burns in the hills north of "
    "the town, officials said on Wednesday morning.",
    "The blaze, which the fire service says covers more than 3,000 hectares, was still out of "
    "control at dawn despite an overnight effort by ground crews and aircraft.",
    "Many evacuees spent the night at the Lindqvist arena, where the Red Cross set up cots in the "
    "ice rink and a kitchen in the lobby.",
    '"I grabbed the dog and the photo albums and that was it," said Joan Petrakis, 71, who has '
    "lived on the mill road for forty years.",
    "The mayor, Ivo Brandt, asked residents not to return to check on their homes until the fire "
    "service says it is safe.",
    "A spokesman for the power company said 2,300 customers were without electricity after lines "
    "near the quarry were cut as a precaution.",
    "Farmers east of the river moved cattle to pastures closer to the coast, fearing the fire "
    "could jump the water if the wind shifted.",
    "Insurance adjusters are expected in the valley once the roads reopen, the regional "
    "council said.",
]


def article(
    aid: str,
    sentences: list[str],
    *,
    title: str = "Wildfire forces Harlow Creek evacuation",
    published: str | None = "2024-08-06",
    outlet: str = "Valley Herald",
    credit: str | None = None,
) -> Article:
    body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
    dateline = (
        Dateline(text="HARLOW CREEK", place="Harlow Creek", credit=credit) if credit else None
    )
    return make_article(body, aid, outlet, published, title=title, dateline=dateline)


def edited(sentences: list[str]) -> list[str]:
    """Light syndication edits: a word changed here and there, one sentence gone."""
    out = [
        s.replace("said", "told reporters", 1) if k % 3 == 0 else s for k, s in enumerate(sentences)
    ]
    return out[:7] + out[8:]


BASE = article("orig", ORIGINAL, outlet="Valley Herald")
PLANTED = [
    (
        "exact",
        article(
            "c-exact",
            ORIGINAL,
            outlet="Daily Echo",
            title="Hills ablaze",
            published="2024-08-06",
            credit="Valley Herald",
        ),
    ),
    ("near", article("c-near", edited(ORIGINAL), outlet="Coast Times", published="2024-08-07")),
    ("near", article("c-trim", ORIGINAL[:6], outlet="Metro Post", published="2024-08-06")),
    (
        "near",
        article(
            "c-lede",
            [
                "Families from Harlow Creek spent the night in an arena as a fire burned toward "
                "their homes, and officials could not say when they might return.",
                *ORIGINAL[1:],
            ],
            outlet="Evening Star",
            title="A night in the arena",
            published="2024-08-07",
        ),
    ),
    ("rewrite", article("c-rewrite", REWRITE, outlet="Trend Daily", published="2024-08-08")),
]


@pytest.mark.parametrize(("kind", "copy"), PLANTED, ids=[c.id for _, c in PLANTED])
def test_planted_copy_found_with_its_original(kind: str, copy: Article) -> None:
    independent = article("indep", INDEPENDENT, outlet="National Wire", published="2024-08-07")
    links = find_copies([BASE, copy, independent])
    assert [(link.original, link.copy, link.kind) for link in links] == [("orig", copy.id, kind)]
    link = links[0]
    assert 0.0 < link.similarity <= 1.0 and 0.0 < link.containment <= 1.0
    assert link.reasons  # why "orig" is taken as the original
    by_id = {a.id: a for a in (BASE, copy)}
    for ev in link.evidence:
        assert by_id[ev.article].body[ev.start : ev.end] == ev.text


def test_a_rewrite_links_to_the_original_not_to_its_verbatim_reprint() -> None:
    reprint = article("reprint", ORIGINAL, outlet="Syndicate Hub", published="2024-08-06")
    rewrite = article("c-rewrite", REWRITE, outlet="Trend Daily", published="2024-08-08")
    links = find_copies([BASE, reprint, rewrite])
    assert sorted((link.original, link.copy) for link in links) == [
        ("orig", "c-rewrite"),
        ("orig", "reprint"),
    ]


def test_exact_copy_is_exact_and_complete() -> None:
    links = find_copies([BASE, PLANTED[0][1]])
    assert links[0].kind == "exact" and links[0].similarity == 1.0 and links[0].containment == 1.0


def test_independent_reports_of_one_event_are_not_copies() -> None:
    independent = article("indep", INDEPENDENT, outlet="National Wire", published="2024-08-07")
    assert find_copies([BASE, independent]) == []


def test_trimmed_copy_is_contained_and_the_complete_text_is_the_original() -> None:
    trimmed = article("c-trim", ORIGINAL[:6], outlet="Metro Post", published="2024-08-06")
    (link,) = find_copies([trimmed, BASE])  # same day: completeness decides
    assert (link.original, link.copy) == ("orig", "c-trim")
    assert link.containment == 1.0 and link.similarity < 0.8


def test_credit_decides_between_same_day_copies() -> None:
    wire = article("wire", ORIGINAL, outlet="Kestrel Wire")
    reprint = article("reprint", ORIGINAL, outlet="Daily Echo", credit="Kestrel Wire")
    (link,) = find_copies([reprint, wire])
    assert (link.original, link.copy) == ("wire", "reprint")
    assert any("credited" in r for r in link.reasons)


def test_earlier_date_wins_over_completeness() -> None:
    later_full = article("later", ORIGINAL, published="2024-08-10")
    early_trim = article("early", ORIGINAL[:7], published="2024-08-06")
    (link,) = find_copies([later_full, early_trim])
    assert (link.original, link.copy) == ("early", "later")


def test_copy_diff_shows_what_was_dropped_and_added() -> None:
    language = load_language()
    trimmed = article("c-trim", ORIGINAL[:6])
    diff = copy_diff(BASE, trimmed, language)
    assert [d.text for d in diff.dropped] == ORIGINAL[6:]
    assert diff.added == () and diff.changed == ()
    relede = article(
        "c-lede", ["A new opening sentence about the night in the arena.", *ORIGINAL[1:]]
    )
    diff = copy_diff(BASE, relede, language)
    assert [d.text for d in diff.added] == ["A new opening sentence about the night in the arena."]
    assert [d.text for d in diff.dropped] == [ORIGINAL[0]]


def test_short_texts_are_never_reported() -> None:
    a = article("a", ["Council meets on Tuesday."])
    b = article("b", ["Council meets on Tuesday."])
    assert find_copies([a, b]) == []


def test_fingerprints_do_not_depend_on_batching() -> None:
    texts = [" ".join(ORIGINAL), " ".join(REWRITE), "", "one two", " ".join(INDEPENDENT)]
    whole = fingerprint(texts, ShingleOptions())
    single = fingerprint(texts, ShingleOptions(batch_size=1))
    assert np.array_equal(whole.exact, single.exact)
    for i in range(len(texts)):
        assert np.array_equal(whole.shingle_set(i), single.shingle_set(i))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor\u2019s office said \u201cno comment\u201d \u2014 twice\u2026 then left.",
        "Caf\u00e9 owners in Z\u00fcrich\u00a0met \u00abtoday\u00bb \u2013 see p.\u00a012 \u00b7 more",
        "Kyiv \u041a\u0438\u0457\u0432 \u2022 plain ASCII words, and digits 2024",
        "ends with a lead byte \u00a0",
    ],
)
def test_byte_level_words_match_the_regex_words(text: str) -> None:
    """The vectorized tokenizer splits on typographic punctuation as the regex does."""
    assert int(fingerprint([text], ShingleOptions()).words[0]) == len(normalize(text).split())


def _shingle_strings(text: str, size: int = 5) -> set[str]:
    words = normalize(text).split()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.parametrize("keep", [1.0, 0.8, 0.6, 0.4])
def test_minhash_estimate_agrees_with_datasketch(keep: float) -> None:
    """rensa's R-MinHash over our shingle hashes and datasketch's MinHash over the same
    shingles (as strings) both estimate the exact Jaccard similarity."""
    datasketch = pytest.importorskip("datasketch")
    a = " ".join(ORIGINAL + INDEPENDENT)
    cut = int(len(ORIGINAL) * keep)
    b = " ".join(ORIGINAL[:cut] + REWRITE[cut:] + INDEPENDENT)
    sa, sb = _shingle_strings(a), _shingle_strings(b)
    exact = len(sa & sb) / len(sa | sb)
    fps = fingerprint([a, b], ShingleOptions())
    ours_exact = (
        np.intersect1d(fps.shingle_set(0), fps.shingle_set(1)).size
        / np.union1d(fps.shingle_set(0), fps.shingle_set(1)).size
    )
    assert ours_exact == pytest.approx(exact, abs=1e-9)  # same shingles, no hash collisions
    sig = signatures(fps, CandidateOptions(num_perm=256))
    ours = float(np.mean(sig[0] == sig[1]))
    ma, mb = datasketch.MinHash(num_perm=256), datasketch.MinHash(num_perm=256)
    ma.update_batch([s.encode() for s in sa])
    mb.update_batch([s.encode() for s in sb])
    theirs = ma.jaccard(mb)
    assert ours == pytest.approx(exact, abs=0.1)
    assert theirs == pytest.approx(exact, abs=0.1)
    assert ours == pytest.approx(theirs, abs=0.12)


def test_options_are_respected() -> None:
    strict = replace(CopyOptions(), near_jaccard=0.99, near_containment=0.999, find_rewrites=False)
    lede = PLANTED[3][1]
    assert find_copies([BASE, lede], strict) == []


NEWSDEV = SHARED / "eval" / "newsdev"


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_newsdev_duplicate_groups_found_with_their_originals() -> None:
    from retold.eval.stories import evaluate_copies, keys_for, load_articles, load_gold_stories

    root = NEWSDEV / "corpus"
    articles, _ = load_articles([root])
    gold, gold_pairs = load_gold_stories(NEWSDEV / "gold.json")
    key = keys_for(articles, gold, root)
    links = find_copies(articles)
    pred = {(key[link.original], key[link.copy]) for link in links}
    scores = evaluate_copies(pred, gold_pairs)
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    kinds = {(key[link.original], key[link.copy]): link.kind for link in links}
    groups = json.loads((NEWSDEV / "gold.json").read_text(encoding="utf-8"))["dup_groups"]
    assert kinds[(groups["D2"]["original"], "034_fa11c5f551f48067.txt")] == "rewrite"
    for member, kind in groups["D1"]["members"].items():
        if kind == "verbatim":
            assert kinds[(groups["D1"]["original"], member)] == "exact"


# Two independent reports of one flood that quote the same three officials word for
# word, each in its own frame, with their own sentences between the quotes.
FLOOD_QUOTES = [
    ("We have never seen water this high in March", "river warden Tomas Kell"),
    ("The east levee is holding, but we are watching it every hour", "Kell"),
    ("Nobody should drive through the underpass until we say so", "police chief Anya Morrow"),
    ("We have boats at every school and at the care home on Mill Street", "Morrow"),
    ("The pumps at the treatment works are running day and night", "engineer Liam Osei"),
    ("If the rain stops tonight, the river should fall by Friday", "Osei"),
]
LEDGER = [
    "The Brenn river burst its banks in Oldham Ford on Tuesday night after three days of rain.",
    "Sandbags were stacked along the high street by volunteers from the rowing club.",
    "The council opened the sports hall as a shelter for families from the low streets.",
    "Forecasters expect another storm to reach the valley on Thursday afternoon.",
]
COURIER = [
    "The Brenn burst its banks in Oldham Ford late on Tuesday, flooding dozens of homes after "
    "days of rain.",
    "Shopkeepers on the high street spent the night moving stock upstairs.",
    "About 60 people slept in the sports hall, which the council turned into a shelter.",
    "Another storm is expected to reach the valley on Thursday, the weather office said.",
]


def flood_report(own: list[str], framed: bool) -> list[str]:
    quotes = [
        f'{who[0].upper()}{who[1:]} told reporters: "{words}."'
        if framed
        else f'"{words}," {who} said.'
        for words, who in FLOOD_QUOTES
    ]
    return [own[0], *quotes[:2], own[1], *quotes[2:4], own[2], *quotes[4:], own[3]]


def test_reports_quoting_the_same_officials_are_not_rewrites() -> None:
    ledger = article("ledger", flood_report(LEDGER, False), outlet="Oldham Ledger")
    courier = article(
        "courier", flood_report(COURIER, True), outlet="Valley Courier", published="2024-08-07"
    )
    assert find_copies([ledger, courier]) == []


# Two independent reports of one hospital flood that quote the same two officials in
# the same words and the same form; between the quotes each has its own few sentences.
# On shingles alone the quotes make them a near copy (Jaccard 0.55).
WARD_QUOTES = [
    (
        "We have moved every patient from the ground floor of the east wing to the new "
        "surgical block, and nobody was hurt during the night",
        "hospital director Ilse Varga",
    ),
    (
        "The generators ran for eleven hours without a single failure, which is exactly "
        "what we trained for every winter",
        "Varga",
    ),
    (
        "Water reached the car park at two in the morning and the ambulance bay about an "
        "hour after that",
        "site manager Petr Lund",
    ),
    (
        "We expect the ground floor to stay closed until the end of next week while the "
        "cleaning crews finish their work",
        "Lund",
    ),
]
WARD_COURIER = [
    "The river Sava flooded the grounds of Kirkby General Hospital on Monday night.",
    "Staff worked by torchlight for part of the night.",
    "The council said roads to the hospital would reopen on Wednesday.",
]
WARD_LEDGER = [
    "Floodwater swept into Kirkby's main hospital overnight after heavy rain upstream.",
    "Nurses carried some patients up the stairs on stretchers.",
    "Outpatient appointments have been moved to the clinic in Rowe Street.",
]


def ward_report(own: list[str], aid: str, outlet: str, published: str) -> Article:
    q = [f'"{words}," {who} said.' for words, who in WARD_QUOTES]
    paragraphs = [f"{own[0]} {q[0]}", f"{q[1]} {own[1]}", f"{q[2]} {q[3]}", own[2]]
    return make_article("\n\n".join(paragraphs), aid, outlet, published)


def test_shared_quotes_alone_do_not_make_a_near_copy() -> None:
    courier = ward_report(WARD_COURIER, "courier", "Kirkby Courier", "2024-03-04")
    ledger = ward_report(WARD_LEDGER, "ledger", "North Ledger", "2024-03-05")
    options = CopyOptions()
    fps = fingerprint([courier.body, ledger.body], options.shingles)
    on_shingles = verify_pairs(fps, np.array([[0, 1]]), options)
    assert [v.kind for v in on_shingles] == ["near"]  # the quotes alone pass the bar
    assert find_copies([courier, ledger]) == []


def test_a_copy_that_shares_its_prose_and_quotes_stays_linked() -> None:
    courier = ward_report(WARD_COURIER, "courier", "Kirkby Courier", "2024-03-04")
    lede = ["Patients were moved upstairs overnight as the river rose.", *WARD_COURIER[1:]]
    copy = ward_report(lede, "copy", "North Ledger", "2024-03-05")
    links = find_copies([courier, copy])
    assert [(link.original, link.copy, link.kind) for link in links] == [
        ("courier", "copy", "near")
    ]


def test_copy_evidence_is_shared_prose_not_a_shared_quote() -> None:
    courier = ward_report(WARD_COURIER, "courier", "Kirkby Courier", "2024-03-04")
    lede = ["Patients were moved upstairs overnight as the river rose.", *WARD_COURIER[1:]]
    (link,) = find_copies([courier, ward_report(lede, "copy", "North Ledger", "2024-03-05")])
    assert link.evidence and all('"' not in e.text for e in link.evidence)
