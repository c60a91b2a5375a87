"""Which article of a copy group is the original: earliest, credited, most complete.

An article is a candidate original when it was published no later than a day
after the earliest dated member (a day of slack for time zones), or when it has
no date but another member credits its outlet.  Among candidates, being
credited by the others counts first, then the earlier date, then completeness
(more distinct shingles: a trimmed copy has fewer), then the id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from retold.clean.dates import iso_day
from retold.records import Article


@dataclass(frozen=True)
class Rank:
    """One member's standing in its copy group (lower ``key`` = more likely original)."""

    article: int
    key: tuple[int, int, str, int, str]
    reasons: tuple[str, ...]


def rank_originals(
    group: Sequence[int], articles: Sequence[Article], sizes: Sequence[int]
) -> list[Rank]:
    """Members of ``group`` (indices into ``articles``), most likely original first."""
    dates = [iso_day(articles[i].published) for i in group]
    known = [d for d in dates if d is not None]
    earliest = min(known) if known else None
    ranks = []
    for i, day in zip(group, dates, strict=True):
        credits = sum(_credits(articles[j], articles[i]) for j in group if j != i)
        early = day is not None and earliest is not None and day <= earliest + timedelta(days=1)
        eligible = early or (day is None and credits > 0)
        key = (
            0 if eligible else 1,
            -credits,
            articles[i].published or "9999-99-99",
            -sizes[i],
            articles[i].id,
        )
        ranks.append(Rank(i, key, _reasons(articles[i], credits, early, sizes[i], group, sizes)))
    return sorted(ranks, key=lambda r: r.key)


def _reasons(
    article: Article,
    credits: int,
    early: bool,
    size: int,
    group: Sequence[int],
    sizes: Sequence[int],
) -> tuple[str, ...]:
    out = []
    if early and article.published:
        out.append(f"earliest published ({article.published})")
    if credits:
        out.append(f"credited by {credits} of the others")
    if size >= max(sizes[j] for j in group):
        out.append("most complete text")
    return tuple(out)


def _credits(copy: Article, original: Article) -> bool:
    """Does ``copy`` name ``original``'s outlet as a source (dateline credit or by name)?"""
    outlet = _outlet_key(original.outlet)
    if not outlet or outlet == _outlet_key(copy.outlet):
        return False
    credit = copy.dateline.credit if copy.dateline else None
    if credit and _outlet_key(credit) == outlet:
        return True
    return outlet in copy.body.casefold()


def _outlet_key(name: str | None) -> str:
    folded = " ".join((name or "").split()).casefold()
    return folded[4:] if folded.startswith("the ") else folded
