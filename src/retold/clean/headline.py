"""A page's headline, chosen by agreement between the names the page gives itself.

A page names its article several times: og:title and twitter:title for sharing, the
browser tab's <title> ("Headline | Site", "Headline - Section - Site"), and one or more
<h1>s, some of them the site's name or a section label.  The headline is the <h1> that
another of them agrees with; else og:title, the tab's head, twitter:title, with the site's
name cut off their tails; else the first <h1> that is not the site's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from retold.clean.furniture import LONGEST_LABEL

# a title's parts: 'Headline | News | Site', 'Headline - Site', 'Headline : Site'
_PARTS = re.compile(r"(\s+[|–—·•»:]\s+|\s+-\s+)")
_PIPE = re.compile(r"\s+[|•·]\s+")
_QUOTES = re.compile(r"[\"'“”‘’«»`´]")
_DASHES = re.compile(r"[–—]")
_MAX_SECTION_WORDS = 3


@dataclass(frozen=True)
class TitleCandidates:
    og: str | None = None
    twitter: str | None = None
    tab: str | None = None  # the <title>
    h1s: tuple[str, ...] = ()  # in reading order, those inside <article>/<main> first


def choose_title(found: TitleCandidates, names_site: Callable[[str], bool]) -> str | None:
    """The headline; ``names_site`` tells a part that is the site's own name."""
    metas = [
        cut
        for title in (found.og, found.twitter, found.tab)
        if title and (cut := site_cut(title, names_site)) and not names_site(cut)
    ]
    h1s = [h for h in found.h1s if h and not names_site(h)]
    support = [sum(agree(h, m) for m in metas) for h in h1s]
    if support and max(support) > 0:
        return h1s[support.index(max(support))]
    if metas:
        return metas[0]
    return h1s[0] if h1s else None


def title_parts(title: str) -> tuple[list[str], list[str]]:
    """'Headline | News | Site' -> (['Headline', 'News', 'Site'], [' | ', ' | ']); a line
    too long to be a title is one part."""
    if len(title) > LONGEST_LABEL:
        return [title], []
    parts = _PARTS.split(" ".join(title.split()))
    return parts[0::2], parts[1::2]


def site_cut(title: str, names_site: Callable[[str], bool]) -> str:
    """'Headline | World | News | Site' -> 'Headline'; 'Site: Headline' -> 'Headline'.
    Once the site's name is cut off the tail, short pipe-separated parts before it go
    too (section labels); a tail that is not the site's name stays."""
    texts, seps = title_parts(title)
    if len(texts) > 1 and names_site(texts[0]):
        texts, seps = texts[1:], seps[1:]
    cut = False
    while len(texts) > 1 and names_site(texts[-1]):
        texts, seps, cut = texts[:-1], seps[:-1], True
    while (
        cut
        and len(texts) > 1
        and _PIPE.fullmatch(seps[-1])
        and len(texts[-1].split()) <= _MAX_SECTION_WORDS
    ):
        texts, seps = texts[:-1], seps[:-1]
    return texts[0] + "".join(sep + text for sep, text in zip(seps, texts[1:], strict=True))


def title_key(text: str) -> str:
    """Titles compare without case, quote marks, dash style or spacing."""
    return " ".join(_DASHES.sub("-", _QUOTES.sub("", text)).split()).casefold()


def agree(a: str, b: str) -> bool:
    """Whether two titles name the same headline: equal, or one is the other less a run
    of its parts ('Is Football Violence a Crime?' ~ 'Opinion | Is Football Violence a
    Crime?')."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    return ka == kb or ka in _runs(b) or kb in _runs(a)


def _runs(title: str) -> set[str]:
    """The keys of every shorter run of ``title``'s parts, separators kept."""
    parts = _PARTS.split(" ".join(title.split()))
    n = len(parts[0::2])
    return {
        title_key("".join(parts[2 * i : 2 * j - 1]))
        for i in range(n)
        for j in range(i + 1, n + 1)
        if (i, j) != (0, n)
    }
