"""The analyze run: ingest -> clean -> store -> learn outlet furniture -> link -> analyze
-> compare.

Data flows one way.  Reading and cleaning are functions over records; the later stages
read what the earlier ones stored and write their own tables.  This module wires them
together, batches the work, derives under a lock and counts what happened.

An input item whose content address is already stored is not cleaned again: only where
it was found is recorded.  Outlet furniture grows from a learn index by the new articles
alone (``clean.relearn``): they are cleaned, and so are the stored articles that carry a
line whose furniture status they change; those leave the copy index (with the articles
verified against them), and the story state is dropped when one of them is in a story.
The derived stages do again only what new articles change:
the copy index and the story state take the new articles alone (``retold.grow``,
``link.state``); rewrites are searched again only between articles not already judged
together, and stale reprints only in the stories a run changes (``retold.grow``); quotes
are found in articles not yet analysed, and again in those a newly stored outlet's name
changes (``retold.reread``); the compare stage works through a to-do list of stories
(``retold.todo``).  The link stage reads from the store only the articles that work
needs (``retold.stored``): the new ones, the members of the stories and copy groups
they change, and every article only on a full run; the quote stages read every
article.  The story and copy tables take only the stories and links a run changes
(every story on a full run).  Each write is its own transaction, ordered so that a run
cut between two of them leaves what the next run redoes (the copy index after the links
it vouches for, the to-do list before the tables it lists, the ids of the stories being
written before them, the story state after the stories, the derived marker last).
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from threadpoolctl import threadpool_limits

from retold import grow, reread, storystate
from retold import todo as compare_todo
from retold.analyze import STAGE as ANALYSIS_STAGE
from retold.analyze import QuoteOptions, analyze_articles, load_nlp
from retold.analyze.records import ArticleAnalysis
from retold.clean import STAGE as CLEAN_STAGE
from retold.clean import clean_document, document_id, revision_key
from retold.clean.furniture import RuleBook, default_rules
from retold.clean.learn import STAGE as LEARN_STAGE
from retold.clean.learn import LearnOptions
from retold.compare import STAGE as COMPARE_STAGE
from retold.compare import MatchOptions, StatementGroup, compare_story, person_names
from retold.compare.stored import joined_groups, with_speakers_words
from retold.config import Settings
from retold.coverage.clauses import ClauseReader
from retold.coverage.dates import DateReader
from retold.coverage.framing import corpus_forms
from retold.coverage.story import STAGE as COVERAGE_STAGE
from retold.coverage.story import CoverageContext, StoryInput, cover_stories
from retold.ingest.limits import read_limited
from retold.learning import learn_stage
from retold.link.copies import CopyOptions
from retold.link.findings import StaleOptions, stale_reprints
from retold.link.language import load_language
from retold.link.stories import STAGE as LINK_STAGE
from retold.link.stories import Grouping, StoryAssignment, cluster_stories, group
from retold.records import (
    Article,
    CopyLink,
    Finding,
    IngestSummary,
    Known,
    Origin,
    RawDocument,
    Rejected,
    Story,
)
from retold.store import Store
from retold.stored import StoredArticles
from retold.storystate import STORY_STATE

PIPELINE = f"ingest.v1+{CLEAN_STAGE}+{LEARN_STAGE}"

Progress = Callable[[str, Origin], None]
"""Called once per input item with its outcome: new, unchanged, revised or rejected."""

HasArticle = Callable[[str], bool]
"""Whether the store holds an article with this id (content address)."""

Reader = Callable[
    [Iterable[str | Path], int, float, RuleBook, HasArticle], Iterable[Article | Known | Rejected]
]
"""Every input item under the paths (files of at most that many bytes, each file and each
article given at most that many seconds), cleaned by the rules; a reader may give an item
the store already holds as a ``records.Known`` instead of cleaning it again."""


def read_clean(
    paths: Iterable[str | Path],
    max_bytes: int,
    max_seconds: float,
    rules: RuleBook,
    known: HasArticle = lambda _: False,
) -> Iterator[Article | Known | Rejected]:
    """The local reader: files read and cleaned one after the other, in a stable order,
    each file and each article's cleaning within ``max_seconds`` (0: no limit); an item
    whose content the store holds is not cleaned again."""

    def clean(raw: RawDocument) -> Article | Known | Rejected:
        article_id = document_id(raw)
        if known(article_id):
            return Known(article_id, raw.origin, revision_key(raw))
        return clean_document(raw, rules)

    yield from read_limited(paths, max_bytes, max_seconds, clean)


@dataclass(frozen=True)
class Engine:
    """Where the heavy stages run: how input is read and cleaned, how copies are found
    and how the story graph is clustered.  The default is this process; the Spark engine
    (``retold.scale``) runs the same stage functions as Spark tasks."""

    read: Reader = read_clean
    # copies apart from rewrites over every article; None: this process, incrementally
    # through the stored copy index (``retold.grow``)
    find_copies: Callable[[Sequence[Article]], list[CopyLink]] | None = None
    grouping: Grouping = group


@dataclass(frozen=True)
class RunOptions:
    max_file_bytes: int = 50_000_000
    max_file_seconds: float = 60.0  # reading a file, and cleaning each article in it; 0: none
    batch_size: int = 2000  # articles cleaned before they are written; no effect on results
    learn: LearnOptions = field(default_factory=LearnOptions)
    link: bool = True  # copies, stories and stale reprints across the whole database
    quotes: bool = True  # find quotes, speakers and credits (loads the spaCy model)
    parse: bool = True  # let the dependency parser settle attributions the rules cannot

    @staticmethod
    def from_settings(settings: Settings) -> RunOptions:
        """The options ``settings`` set; the rest at their defaults.  A line that always
        sits among an article's first or last paragraphs needs one article fewer than
        ``furniture_min_articles`` (at least 2, and never more than that setting)."""
        least = settings.furniture_min_articles
        learn = LearnOptions(
            min_articles=least,
            min_edge_articles=min(least, max(2, least - 1)),
            max_words=settings.furniture_max_words,
        )
        return RunOptions(max_file_bytes=settings.max_file_bytes, learn=learn)


@dataclass
class _Counts:
    outcomes: dict[str, int] = field(
        default_factory=lambda: {"new": 0, "unchanged": 0, "revised": 0}
    )
    rejected: list[Rejected] = field(default_factory=list)


def run(
    paths: Iterable[str | Path],
    store: Store,
    options: RunOptions | None = None,
    progress: Progress | None = None,
    rules: RuleBook | None = None,
    engine: Engine | None = None,
) -> IngestSummary:
    """Read every article under ``paths`` into ``store``; bad inputs become rejections.

    The linear algebra runs on one thread: its matrices are small (sentences by words),
    and waking BLAS worker threads for each product cost more than the products (a
    quarter of the run's time on two busy cores)."""
    with threadpool_limits(1, user_api="blas"), _fewer_collections():
        return _run(paths, store, options, progress, rules, engine)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cycle collector leaves what exists before the run (the parser's model) alone,
    collects the youngest objects every 10,000 allocations, not 700, and the middle
    generation every 100 of those, not 10: a run makes millions of small objects, few
    of them in cycles: the default rates took 8% of its time, the middle generation's
    default still 0.3 of 12 s on the ECB+ dev articles.  A process that froze objects
    itself keeps them frozen."""
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    if threshold[0]:  # 0: collection is off, and stays off
        gc.set_threshold(max(threshold[0], 10_000), max(threshold[1], 100), *threshold[2:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def _run(
    paths: Iterable[str | Path],
    store: Store,
    options: RunOptions | None,
    progress: Progress | None,
    rules: RuleBook | None,
    engine: Engine | None,
) -> IngestSummary:
    options = options or RunOptions()
    rules = rules or default_rules()
    engine = engine or Engine()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    counts = _Counts()
    batch: list[Article | Known] = []
    limits = (options.max_file_bytes, options.max_file_seconds)
    for result in engine.read(paths, *limits, rules, store.has_article):
        if isinstance(result, Rejected):
            store.put_rejection(result)
            counts.rejected.append(result)
            _tell(progress, "rejected", result.origin)
            continue
        batch.append(result)
        if len(batch) >= options.batch_size:
            _flush(batch, store, counts, progress)
            batch = []
    _flush(batch, store, counts, progress)
    with store.derive_lock():  # another run on this database derives before or after
        _derive(store, options, engine)
    summary = IngestSummary(
        ingested=counts.outcomes["new"],
        unchanged=counts.outcomes["unchanged"],
        revised=counts.outcomes["revised"],
        rejected=tuple(counts.rejected),
    )
    store.record_run(
        started,
        (summary.ingested, summary.unchanged, summary.revised, len(summary.rejected)),
        PIPELINE,
    )
    return summary


def _derive(store: Store, options: RunOptions, engine: Engine) -> None:
    """Learned furniture, then the derived tables from the stored articles, unless the
    marker says they were last built from the same articles with the same options."""
    learn_stage(store, options.learn)
    done = _derived_marker(store, options)
    if store.get_state(DERIVED_STATE) != done:
        store.drop_state(DERIVED_STATE)  # an interrupted run leaves no marker behind
        # the quote stages read every article: read once for every stage; the link
        # stage alone reads only what it needs
        articles = [s.article for s in store.articles()] if options.quotes else None
        if options.link:
            link_stage(store, engine, articles)
        if articles is not None:
            analysis_stage(store, options.parse, articles)
            compare_stage(store, options.parse, articles)
        store.put_state(DERIVED_STATE, done)


DERIVED_STATE = "derived"
"""State: the marker of the articles and options the derived tables were last built from."""


def _derived_marker(store: Store, options: RunOptions) -> str:
    """What the link, analysis and compare stages depend on: every stored article (id and
    the pipeline that wrote it), the stages' versions and the options that switch them.
    An unchanged re-run finds the same marker and derives nothing again."""
    digest = hashlib.sha256()
    stages = (LINK_STAGE, ANALYSIS_STAGE, COMPARE_STAGE, COVERAGE_STAGE, STORY_STATE)
    digest.update(repr((stages, options.link, options.quotes, options.parse)).encode())
    for article_id, pipeline in store.article_versions():
        digest.update(f"{article_id}\t{pipeline}\n".encode())
    return digest.hexdigest()


def _flush(
    batch: list[Article | Known],
    store: Store,
    counts: _Counts,
    progress: Progress | None,
) -> None:
    for article in batch:
        if isinstance(article, Known):
            outcome = store.put_known(article)
        else:
            outcome = store.put_article(article)
        # a revision is also new material: count it among the ingested
        counts.outcomes["new" if outcome == "revised" else outcome] += 1
        if outcome == "revised":
            counts.outcomes["revised"] += 1
        _tell(progress, outcome, article.origin)


def _tell(progress: Progress | None, outcome: str, origin: Origin) -> None:
    if progress is not None:
        progress(outcome, origin)


def analysis_stage(
    store: Store, parse: bool = True, articles: Sequence[Article] | None = None
) -> int:
    """Quotes, speakers, credits and name spellings for articles not yet analysed, and
    for those an outlet new to the corpus changes (``retold.reread``), each read with
    every stored outlet's name; their stories are put on the compare stage's to-do
    list first."""
    done = store.analyzed(ANALYSIS_STAGE)
    if articles is None:
        articles = [s.article for s in store.articles()]
    options = QuoteOptions(parse=parse, outlets=reread.outlets_of(articles))
    again = reread.to_analyse_again(store, options, [a for a in articles if a.id in done])
    pending = [a for a in articles if a.id not in done] + again
    if pending:
        ids = {a.id for a in pending}
        stories = [s.id for s in store.stories() if not ids.isdisjoint(s.articles)]
        compare_todo.mark(store, stories)
        nlp = load_nlp() if parse else None
        for analysis in analyze_articles(pending, nlp, options):
            store.put_analysis(analysis)
    reread.remember(store, options.outlets)
    return len(pending)


def compare_stage(
    store: Store, parse: bool = True, articles: Sequence[Article] | None = None
) -> int:
    """Inside each story on the to-do list (every story when the stage versions changed):
    statements matched across outlets, altered quotes, uncredited copies, then coverage
    (alignment, added context, omissions, framing, primary source); the other stories
    keep what the last run found.  Across stories: one name per person, and one
    statement quoted again in another story (``compare.stored.joined_groups``)."""
    version = compare_version(parse)
    if articles is None:
        articles = [s.article for s in store.articles()]
    by_id = {a.id: a for a in articles}
    every = store.stories()
    story_of = {a: story.id for story in every for a in story.articles}
    # every article's analysis, read once, in one query per table
    analysis_of = dict(zip(by_id, store.analyses(list(by_id)), strict=True))
    store.replace_person_names(person_names(list(analysis_of.values()), story_of))
    context = coverage_context(by_id, analysis_of, parse)
    todo = compare_todo.stories_to_do(store, version, context, every, analysis_of)
    links_of: dict[str, list[CopyLink]] = {}
    for link in store.copies():
        if (within := story_of.get(link.original)) and within == story_of.get(link.copy):
            links_of.setdefault(within, []).append(link)
    groups: list[StatementGroup] = []
    findings: list[Finding] = []
    to_cover: list[StoryInput] = []
    match = MatchOptions()  # the matcher's word lists, read once for every story
    for story in every:
        if todo is not None and story.id not in todo:
            continue
        members = [by_id[a] for a in story.articles if a in by_id]
        analyses = with_speakers_words(store, members, analysis_of, match)
        story_links = links_of.get(story.id, [])
        found: list[StatementGroup] = []
        if len(members) > 1:
            found, story_findings = compare_story(members, analyses, story_links, story.id, match)
            groups.extend(found)
            findings.extend(story_findings)
        to_cover.append(StoryInput(story.id, members, analyses, story_links, found))
    covered = cover_stories(to_cover, context)
    live = {story.id for story in every}
    groups, replaced = joined_groups(store, groups, todo, live, (analysis_of, by_id))
    store.replace_statement_groups(groups, replaced)
    store.replace_findings(COMPARE_STAGE, findings, todo)
    aligned = [s for c in covered for s in c.aligned]
    store.replace_coverage(aligned, [c.summary for c in covered], todo)
    store.replace_findings(COVERAGE_STAGE, [f for c in covered for f in c.findings], todo)
    compare_todo.done(store, version, context)
    return len(groups)


def compare_version(parse: bool) -> str:
    """The compare stage's versions and options: stories compared under others are
    compared again."""
    return f"{COMPARE_STAGE}+{COVERAGE_STAGE}+parse={parse}"


def coverage_context(
    articles: dict[str, Article], analysis_of: dict[str, ArticleAnalysis], parse: bool
) -> CoverageContext:
    """What coverage reads across the whole corpus: its outlets and their spellings."""
    return CoverageContext(
        load_language(),
        corpus_forms(analysis_of.values(), {i: a.outlet for i, a in articles.items()}),
        {a.outlet for a in articles.values() if a.outlet},
        DateReader.load(),
        ClauseReader(load_nlp) if parse else None,
    )


def link_stage(
    store: Store, engine: Engine | None = None, articles: Sequence[Article] | None = None
) -> int:
    """Stories grown from the saved state; copies grown from the copy index (or found
    over every article by the engine), rewrites searched again in the stories that
    changed (``retold.grow``); stale reprints judged again where stories or copy links
    changed.  Without ``articles`` (every stored article), only the articles those need
    are read from the store (``StoredArticles``): all of them on a full run.  The story
    and copy tables take only the stories and links that changed.  Returns the number
    of stories written."""
    engine = engine or Engine()
    source = StoredArticles(store, articles)
    stored = store.copies()
    assignment, new, before, saved = _stories(store, source, engine.grouping)
    growth = None
    if engine.find_copies is None:
        links, growth = grow.copy_links(store, source, stored)
    else:
        links = engine.find_copies(source.everything())
    # every story recomputed (a run after a full one that adds nothing builds none)
    full = assignment.whole and assignment.state.full_run_size == len(assignment.state)
    changed = {s.id for s in assignment.stories} if full else set(assignment.changed)
    words = grow.word_counts(store, source, new, CopyOptions())
    copies = grow.with_story_rewrites(
        links, stored, assignment.stories, changed, source, words, before={} if full else before
    )
    stories = [
        replace(s, articles=tuple(a for a in s.articles if a in source)) for s in assignment.stories
    ]
    stories = [s for s in stories if s.articles]
    judged = stories if full else _reprint_stories(store, assignment, stories, stored, copies)
    stale = StaleOptions()
    counts = grow.reprint_counts(store, source, new, stale.language)
    findings = stale_reprints(
        grow.judged_articles(source, judged, copies), judged, copies, stale, counts
    )
    compare_todo.mark(store, None if full else [*assignment.changed, *assignment.retired])
    written = _written_stories(store, assignment)
    store.replace_copies(copies, stored)
    if growth is not None:
        growth.write(store)  # after the links it vouches for
    store.replace_stories(stories, written)
    store.replace_findings(LINK_STAGE, findings, None if full else [s.id for s in judged])
    # last: a run cut short before it finds the same new articles and changes again
    storystate.save(store, assignment.state, saved, assignment.whole)
    if written is not None:
        store.drop_state(STORIES_WRITTEN)
    return len(stories)


STORIES_WRITTEN = "stories-written"
"""State: the ids of the stories a run is writing (a JSON list), from before it writes
them until the story state is written: a run cut short in between leaves them for the
next run to write again, whatever it changes itself."""


def _written_stories(store: Store, assignment: StoryAssignment) -> set[str] | None:
    """The ids of the stories this run writes (those built, those retired and those a run
    cut short was writing), noted in the store before they are written; None: every
    story."""
    if assignment.whole:
        return None
    written = {s.id for s in assignment.stories} | set(assignment.retired)
    written.update(json.loads(store.get_state(STORIES_WRITTEN) or "[]"))
    store.put_state(STORIES_WRITTEN, json.dumps(sorted(written)))
    return written


def _reprint_stories(
    store: Store,
    assignment: StoryAssignment,
    stories: Sequence[Story],
    stored: Sequence[CopyLink],
    links: Sequence[CopyLink],
) -> list[Story]:
    """The stories whose stale reprints are judged again (``grow.reprint_stories``): of
    those built, and, when not every story was, of those stored that hold an article
    whose copy link changed."""
    if not assignment.whole:
        built = {s.id for s in stories}
        moved = grow.moved_copies(stored, links)
        others = {assignment.story_of.get(a) for a in moved} - built - {None}
        kept = store.stories(sorted(i for i in others if i))
        stories = [*stories, *(replace(s, articles=tuple(sorted(s.articles))) for s in kept)]
    return grow.reprint_stories(stories, set(assignment.changed), stored, links)


def _stories(
    store: Store, source: StoredArticles, grouping: Grouping
) -> tuple[StoryAssignment, set[str], dict[str, str], storystate.Saved | None]:
    """The stories, the ids of the articles the saved state did not hold, the story
    of each article it held and the saved state it grew (None: none).  Only new articles go
    through an existing state (and only they are read), which builds the records of the
    stories that may change, of those a run cut short was writing (``STORIES_WRITTEN``)
    and of those that hold an article no longer stored (a revision's earlier text); a
    state from another version is dropped."""
    try:
        saved = storystate.load(store)
        if saved is not None:
            state = saved.state
            before = dict(zip(state.ids, state.story_of, strict=True))
            new = source.load(source.ids.difference(before))
            again = {before[i] for i in before.keys() - source.ids}
            again.update(json.loads(store.get_state(STORIES_WRITTEN) or "[]"))
            assignment = cluster_stories(new, existing=state, grouping=grouping, partial=again)
            return assignment, {a.id for a in new}, before, saved
    except ValueError:
        pass
    articles = source.everything()
    return cluster_stories(articles, grouping=grouping), {a.id for a in articles}, {}, None
