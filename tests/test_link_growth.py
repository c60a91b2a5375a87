"""What a batch grown into a story state recomputes: the edges at the rows whose
neighbour lists its new edges change (and at rows a near-identical new text may date
earlier), and the records of the stories it changes and of those an edge joins to one.
Everything else is what the previous run left, and equal to what recomputing it gives."""

from __future__ import annotations

import numpy as np
import pytest

from helpers import make_article
from retold.link import incremental
from retold.link.incremental import day_number
from retold.link.state import StoryState
from retold.link.stories import StoryAssignment, StoryOptions, cluster_stories
from retold.records import Article

OPTIONS = StoryOptions(full_below=0)


def chain(events: int, per: int = 4) -> list[Article]:
    """Small events, each sharing a linking word with the next: a chain of weak edges."""
    out = []
    for e in range(events):
        for k in range(per):
            own = " ".join(f"ev{e}w{(k + j) % 9}" for j in range(14))
            words = f"{own} link{e} link{e} link{e + 1} link{e + 1}"
            out.append(make_article(words, id=f"c{e:02d}-{k}", published=f"2024-03-{1 + e:02d}"))
    return out


def big(n: int) -> list[Article]:
    """One large event: every article has more than ``list_size`` close neighbours."""
    out = []
    for k in range(n):
        words = " ".join(f"bigw{(k + j) % 11} harbour{j % 4}" for j in range(14))
        out.append(make_article(f"{words} tide{k % 3}", id=f"b{k:03d}", published="2024-03-10"))
    return out


BASE = chain(8) + big(26)
JOINING = (
    make_article(  # joins the fourth small event, links to its neighbours and weakly to the big one
        " ".join(f"ev3w{j % 9}" for j in range(14)) + " link3 link3 link4 link4 bigw1 harbour2",
        id="c03-new",
        published="2024-03-04",
    )
)
REPRINT = make_article(  # a big-event text, reprinted with words of its own, dated before it
    " ".join(f"bigw{j % 11} harbour{j % 4}" for j in range(14))
    + " tide0 "
    + " ".join(f"note{j}" for j in range(6)),
    id="b999-reprint",
    published="2024-03-02",
)


def grown(new: Article) -> tuple[StoryAssignment, StoryAssignment]:
    first = cluster_stories(BASE, OPTIONS)
    return first, cluster_stories([new], OPTIONS, existing=first.state, partial=())


def test_a_batch_builds_the_stories_it_changes_and_their_edge_neighbours_only() -> None:
    """Not the stories at the far end of an edge it scored again (only a probability
    moved there): their records are the previous run's, as a build of every record
    shows."""
    first, part = grown(JOINING)
    whole = cluster_stories([JOINING], OPTIONS, existing=first.state)
    state, changed = part.state, set(part.changed)
    at_changed = {i for i, s in enumerate(state.story_of) if s in changed}
    joined = {
        state.story_of[int(y)]
        for x, y in ((state.edge_a, state.edge_b), (state.edge_b, state.edge_a))
        for y in y[np.isin(x, list(at_changed))]
    }
    built = {s.id for s in part.stories}
    assert changed and built == changed | joined
    assert len(built) < len(whole.stories)
    every = {s.id: s for s in whole.stories}
    before = {s.id: s for s in first.stories}
    assert all(every[s.id] == s for s in part.stories)
    assert all(every[i] == before[i] for i in every.keys() - built)


def _sorted_edges(state: StoryState) -> tuple[np.ndarray, ...]:
    state = state.in_order()
    order = np.lexsort((state.edge_b, state.edge_a))
    channels = state.edge_channels
    assert channels is not None
    fields = (state.edge_a, state.edge_b, state.edge_cos, state.edge_p, channels)
    return tuple(f[order] for f in fields)


def _same(x: StoryAssignment, y: StoryAssignment) -> bool:
    """The same stories, changes, rows' stories and days, and edges with their scores."""
    a, b = x.state.in_order(), y.state.in_order()
    if x.stories != y.stories or x.changed != y.changed or a.story_of != b.story_of:
        return False
    pairs = zip(_sorted_edges(a), _sorted_edges(b), strict=True)
    return np.array_equal(a.days, b.days) and all(np.array_equal(p, q) for p, q in pairs)


def _scoring(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of edges each grown run scores again (``regrow``'s ``featured``)."""
    scored: list[int] = []
    real = incremental.featured

    def counted(ch: object, edges: tuple[np.ndarray, ...], *rest: object) -> object:
        scored.append(int(edges[0].size))
        return real(ch, edges, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(incremental, "featured", counted)
    return scored


def test_a_batch_scores_again_only_the_edges_at_rows_whose_lists_it_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The big event's rows the new text reaches keep their lists (its edges to them
    are weaker than their twentieth), so their edges keep their features and scores:
    the state equals the one that scores again every edge at every row reached."""
    scored = _scoring(monkeypatch)
    _, some = grown(JOINING)
    monkeypatch.setattr(incremental, "relisted", lambda rows, *_: rows)
    _, every = grown(JOINING)
    assert scored[0] < scored[1]
    assert _same(some, every)


def test_an_earlier_reprint_scores_again_the_edges_of_the_rows_it_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A near-identical text dated earlier changes no list of the rows it reaches, but
    dates them earlier (the probability reads the days): their edges are scored again
    all the same, as scoring every edge at every row reached does."""
    scored = _scoring(monkeypatch)
    lists: list[int] = []
    real = incremental.relisted

    def relisted(rows: np.ndarray, *rest: object) -> np.ndarray:
        found = real(rows, *rest)  # type: ignore[arg-type]
        lists.append(int(found.size))
        return found

    monkeypatch.setattr(incremental, "relisted", relisted)
    _, some = grown(REPRINT)
    assert lists == [0]
    state = some.state
    dated = [d for i, d in zip(state.ids, state.days.tolist(), strict=True) if i < "b999"]
    assert dated.count(day_number(REPRINT.published)) == 26  # the big event's rows
    monkeypatch.setattr(incremental, "relisted", lambda rows, *_: rows)
    _, every = grown(REPRINT)
    assert scored[0] == scored[1] > 1
    assert _same(some, every)
