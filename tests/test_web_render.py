"""The web app's helpers without HTML: marked pieces, safe links, search queries, charts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from retold.web.graph import graph_chart
from retold.web.render import Mark, pieces, safe_url, timeline_chart
from retold.web.search import fts_query, snippet_parts


@st.composite
def marked_text(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(min_size=0, max_size=60))
    marks = []
    for n in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        marks.append(Mark(a, b, f"c{n}", f"label {n}", f"a{n}"))
    return text, marks


@given(marked_text())
def test_pieces_cover_the_text_and_carry_each_mark_over_its_span(
    case: tuple[str, list[Mark]],
) -> None:
    text, marks = case
    cut = pieces(text, marks)
    assert "".join(p.text for p in cut) == text
    position = 0
    for piece in cut:
        end = position + len(piece.text)
        over = {m.cls for m in marks if m.start <= position and end <= m.end and m.start < m.end}
        assert set(piece.classes) == over
        position = end
    starts = {m.anchor for m in marks if m.start < m.end}
    assert {p.anchor for p in cut if p.anchor} <= starts


URLS = [
    ("https://example.org/a?b=c", "https://example.org/a?b=c"),
    ("  http://example.org/  ", "http://example.org/"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("//example.org/no-scheme", None),
    ("example.org", None),
    ("", None),
    (None, None),
]


def test_only_http_links_are_followed() -> None:
    for url, expected in URLS:
        assert safe_url(url) == expected, url


QUERIES = [
    ("urea", '"urea"*'),
    ("Chennai port", '"Chennai" "port"*'),
    ('say "NEAR(x y)" AND OR', '"say" "NEAR" "x" "y" "AND" "OR"*'),
    ("***", None),
    ("", None),
    ("Zelensky's", '"Zelensky" "s"*'),
]


def test_the_words_become_a_query_with_no_syntax_of_their_own() -> None:
    for text, expected in QUERIES:
        assert fts_query(text) == expected, text


def test_snippet_parts() -> None:
    assert snippet_parts("a \x02flood\x03 wall \x02flooded\x03") == [
        {"text": "a ", "match": False},
        {"text": "flood", "match": True},
        {"text": " wall ", "match": False},
        {"text": "flooded", "match": True},
    ]


TIMELINE = [
    {"article": "a1", "published": "2025-03-10", "outlet": "Wire", "title": "x"},
    {"article": "a2", "published": "2025-03-10", "outlet": "Paper", "title": "y"},
    {"article": "a3", "published": "2025-03-14", "outlet": "Wire", "title": "z"},
    {"article": "a4", "published": None, "outlet": "Blog", "title": "w"},
]


def test_timeline_chart_places_articles_by_date_in_outlet_lanes() -> None:
    chart = timeline_chart(TIMELINE)
    assert chart is not None
    assert [lane["name"] for lane in chart["lanes"]] == ["Wire", "Paper"]
    points = {p["article"]: p for p in chart["points"]}
    assert set(points) == {"a1", "a2", "a3"}  # an undated article has no place on the axis
    assert points["a1"]["x"] == points["a2"]["x"] < points["a3"]["x"]
    assert points["a1"]["y"] == points["a3"]["y"] != points["a2"]["y"]
    assert timeline_chart([TIMELINE[3]]) is None


def test_graph_chart_draws_copies_above_and_credits_below() -> None:
    graph = {
        "copies": [{"original": "a1", "copy": "a3", "kind": "near"}],
        "credits": [
            {"article": "a2", "outlet": "wire"},  # an outlet in the story: its first article
            {"article": "a3", "outlet": "The Gazette"},  # not in the story: a node of its own
        ],
    }
    chart = graph_chart(TIMELINE, graph)
    kinds = [e["cls"] for e in chart["edges"]]
    assert kinds == ["copy", "credit", "credit"]
    assert [n["outlet"] for n in chart["outside"]] == ["The Gazette"]
    assert [n["article"] for n in chart["nodes"]] == ["a1", "a2", "a3", "a4"]


def test_graph_arcs_bend_away_from_the_row() -> None:
    graph = {
        "copies": [{"original": "a1", "copy": "a3", "kind": "near"}],
        "credits": [{"article": "a3", "outlet": "Paper"}],
    }
    chart = graph_chart(TIMELINE, graph)
    row = chart["nodes"][0]["y"]
    copy, credit = chart["edges"]
    bend = {e["cls"]: int(e["d"].split("Q")[1].split(",")[1].split()[0]) for e in (copy, credit)}
    assert bend["copy"] < row < bend["credit"]
