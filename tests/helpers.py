"""Helpers shared by the test modules (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from retold.analyze import Quote, QuoteOptions, analyze_article, load_nlp
from retold.analyze.context import Prepared, prepare
from retold.analyze.people import Registry, build_registry
from retold.analyze.pipeline import _setup
from retold.analyze.text import paragraphs
from retold.clean import clean_document
from retold.errors import UsageError
from retold.link.stories import StoryAssignment
from retold.records import Article, Dateline, Origin, RawDocument, Rejected, Removed

SHARED = Path(__file__).resolve().parents[2] / "shared"  # the shared data beside the checkout

# Three paragraphs of fictional prose, long enough to read as article text.
P1 = (
    "The harbour authority in Lakeport said on Thursday that the new ferry terminal would "
    "open next spring, after two years of delays and a long dispute over the cost of dredging."
)
P2 = (
    "Officials told reporters that passenger numbers had doubled since the old pier closed, "
    "and that the council expected even more visitors during the summer season."
)
P3 = (
    "Local businesses welcomed the decision, though several fishermen said they worried "
    "about the noise from construction along the northern quay."
)
PARAGRAPHS = (P1, P2, P3)


# A fictional wire report of a wildfire (ten sentences) and a sentence-by-sentence rewrite
# of it in other words, for copy links and the findings that rest on them.
ORIGINAL = [
    "Firefighters battled a wind-driven blaze through the night on Tuesday as it tore across "
    "the dry hills north of Harlow Creek, forcing about 1,800 residents from their homes.",
    "The fire started shortly after noon near a quarry on the old mill road and had burned more "
    "than 3,200 hectares by early evening, according to the regional fire service.",
    '"We have crews on every ridge we can reach, but the wind is doing what it wants tonight," '
    "said district fire chief Marta Olsen at a briefing in the town hall.",
    "Two helicopters and a water bomber were called in from the coast, and a second bomber was "
    "expected to arrive at first light on Wednesday.",
    "Evacuees were told to drive east along Route 9 to a reception centre at the Lindqvist arena, "
    "where volunteers handed out blankets, water and sandwiches.",
    "Police closed the highway between the quarry turn-off and the river bridge and said they "
    "had knocked on more than 400 doors to make sure people had left.",
    "Schools in Harlow Creek and the neighbouring village of Aster Bay will stay closed for the "
    "rest of the week, the education board said in a statement.",
    "The regional council declared a local state of emergency late on Tuesday, freeing money for "
    "shelter and for overtime for the crews on the fire line.",
    "Forecasters said the dry wind would ease on Thursday, but warned that no rain was expected "
    "in the valley before the weekend.",
    "The last fire of this size in the district, in the summer of 2019, destroyed 14 homes on the "
    "western edge of the valley.",
]

REWRITE = [
    "A blaze fanned by strong winds raced over the parched hills above Harlow Creek overnight "
    "on Tuesday, and roughly 1,800 people had to leave their houses as crews fought it.",
    "The regional fire service said the flames, which broke out around midday close to a quarry "
    "on the old mill road, had consumed over 3,200 hectares by the evening.",
    "District fire chief Marta Olsen told reporters in the town hall that crews were posted on "
    "every ridge they could get to, but that the wind was in charge that night.",
    "A water bomber and two helicopters were brought in from the coast, with another bomber due "
    "to join them at dawn on Wednesday.",
    "People fleeing the fire were sent east on Route 9 to the Lindqvist arena, where volunteers "
    "gave out blankets, sandwiches and bottled water.",
    "Officers shut the highway from the quarry turn-off to the river bridge, and said more than "
    "400 doors had been knocked on to check that homes were empty.",
    "The education board announced that schools in Harlow Creek and nearby Aster Bay would remain "
    "shut for the remainder of the week.",
    "Late on Tuesday the regional council declared a local emergency, which releases funds for "
    "shelters and for overtime pay for firefighters.",
    "According to forecasters the dry wind should drop on Thursday, though the valley is not "
    "expected to see any rain until the weekend.",
    "In the summer of 2019 the district's last fire of this scale burned 14 houses on the valley's "
    "western side.",
]


def make_raw(
    text: str,
    *,
    path: str = "story.txt",
    record: str | None = None,
    markup: str = "text",
    fmt: str = "text",
    **meta: str,
) -> RawDocument:
    """A RawDocument built directly, as ingest would hand it to the cleaner."""
    return RawDocument(
        Origin(path, record),
        fmt,  # type: ignore[arg-type]
        text,
        markup,  # type: ignore[arg-type]
        "utf-8",
        tuple(meta.items()),
    )


def clean(text: str, **meta: str) -> Article:
    """Clean ``text`` and insist that it became an article."""
    result = clean_document(make_raw(text, **meta))
    assert not isinstance(result, Rejected), result
    return result


WriteFile = Callable[[str, bytes | str], Path]
RunCli = Callable[..., subprocess.CompletedProcess[str]]


def make_article(
    body: str,
    id: str = "a1",
    outlet: str | None = "The Harbour Herald",
    published: str | None = None,
    removed: tuple[str, ...] = (),
    *,
    title: str | None = None,
    dateline: Dateline | None = None,
) -> Article:
    """An Article built directly (no cleaning), for stages that start from clean text."""
    return Article(
        id=id,
        origin=Origin(f"{id}.txt"),
        format="text",
        encoding="utf-8",
        url=None,
        outlet=outlet,
        outlet_source="metadata",
        title=title,
        title_source="metadata" if title else "none",
        published=published,
        published_source="metadata" if published else "none",
        dateline=dateline,
        language="en",
        body=body,
        removed=tuple(Removed(text, "furniture", n) for n, text in enumerate(removed)),
    )


def quote_of(
    body: str, start: str, nlp: Any, options: QuoteOptions, title: str | None = None
) -> Quote:
    """The quote of an invented Harbour Herald article ``body`` (headed ``title``) that
    starts with ``start``."""
    article = make_article(body, id="a1", outlet="The Harbour Herald", title=title)
    result = analyze_article(article, nlp, options)
    return next(q for q in result.quotes if q.text.startswith(start))


def prepared(body: str, options: QuoteOptions) -> Prepared:
    """An invented article ``body`` as the quote stage prepares it."""
    setup = _setup(options, [])
    return prepare("a1", body, setup.book, setup.pattern)


def registry_of(body: str, options: QuoteOptions) -> Registry:
    """The people of an invented article ``body``, as the quote stage's registry reads
    them."""
    setup = _setup(options, [])
    registry, _ = build_registry(paragraphs(body, setup.pattern), body, setup.book)
    return registry


def nlp_or_skip() -> Any:
    """The spaCy pipeline, or skip the test where no English model is installed."""
    try:
        return load_nlp()
    except UsageError:
        pytest.skip("no spaCy English model installed")


def partition(assignment: StoryAssignment) -> set[frozenset[str]]:
    """The stories of an assignment as sets of article ids."""
    groups: dict[str, set[str]] = {}
    for aid, story in assignment.story_of.items():
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


# Four unrelated events, each reported by any of three outlets in near-identical words.
TOPICS = {
    "ferry": (
        "Ferry back in service",
        "The ferry between Harbour Point and Gull Island returned to service on Friday after "
        "engineers replaced a cracked propeller shaft, the operator said. Commuters had faced "
        "a two-hour detour by road for three weeks while the vessel sat in dry dock.",
    ),
    "orchard": (
        "Frost ruins apple harvest",
        "A late frost destroyed most of the apple blossom in the Tamsin valley orchards, "
        "growers said on Tuesday, warning that cider makers would import fruit this autumn "
        "and that seasonal pickers would find little work.",
    ),
    "library": (
        "Library reopens after flood",
        "The central library on Mercer Street reopened on Monday, eight months after a burst "
        "water main flooded its basement archive; conservators dried thousands of parish "
        "records page by page in a rented cold store.",
    ),
    "marathon": (
        "Marathon route changed",
        "Organisers of the Coldharbour marathon moved the route away from the river "
        "embankment, where resurfacing work will run until spring, adding a loop through "
        "the old market district and two new water stations.",
    ),
}
OUTLETS = ("Lakeside Ledger", "Valley Post", "Harbour Herald")


def write_topic(write_file: WriteFile, topic: str, outlet: str, name: str = "") -> None:
    """One outlet's report of one of ``TOPICS`` (reports of a topic are near-copies), in
    the file ``name`` (by default named for the topic and outlet)."""
    title, body = TOPICS[topic]
    name = name or f"{topic}-{outlet.split()[0].lower()}"
    write_file(f"in/{name}.txt", f"{outlet}\n\n{title}\n\n{body}\n\nReported by {outlet}.")


def write_under(folder: Path, name: str, data: bytes | str) -> Path:
    """``write_file`` rooted at ``folder``: two corpora in one test."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@contextmanager
def cut_at(store: Any, write: str, call: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within the block, the ``call``-th call of the ``write`` method of ``store``'s
    class raises ``KeyboardInterrupt``, as a kill would cut a run there."""
    real = getattr(type(store), write)
    calls = 0

    def cut(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == call:
            raise KeyboardInterrupt(f"cut at {write} #{call}")
        return real(self, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(type(store), write, cut)
        yield


def wal_per_write(store: Any, path: Path, writes: Sequence[Callable[[], object]]) -> float:
    """Mean bytes of WAL each of ``writes`` makes in the SQLite ``store`` at ``path``,
    its WAL checkpointed before each and never during one."""
    store.conn.execute("PRAGMA wal_autocheckpoint=0")
    total = 0
    for write in writes:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        write()
        total += os.path.getsize(f"{path}-wal")
    return total / len(writes)
