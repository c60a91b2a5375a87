"""Framing: how each outlet names things, and the words only it uses.

* **Naming**: the spellings of one person or place the articles of a story print
  (``NameUse``, from the alias table ``data/aliases.toml``: Kiev/Kyiv, Vladimir/Volodymyr
  Zelensky, Burma/Myanmar, Gulf of America/Gulf of Mexico).  Where a story's articles
  spell one name in more than one way, one ``framing`` finding names who wrote what,
  with a span for the first use of each form in each article (so outlets compare side
  by side), and says when one article mixes forms.  A place printed only in a
  variant form (Kiev where the name is Kyiv) is a finding too, at lower confidence.
* **Loaded words** (``[framing] loaded`` in ``data/lang/en.toml``): a loaded word one
  outlet uses and no other outlet of the story does, in the body or the headline, in its
  own voice: inside a direct quote the word is the speaker's; in a plain sense
  (``[framing] plain``: "admitted to hospital") it judges nothing.
* **Distinctive terms**: per outlet, the words most distinctive of it within the story,
  by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
  2008, "Fightin' Words"), the prior being the story's own word counts.  Shown beside
  the findings, never a finding on their own: a word can be distinctive and neutral.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from retold.analyze.aliases import fold, load_aliases
from retold.analyze.records import ArticleAnalysis, NameUse
from retold.lang import LOADED_WORDS, PLAIN_SENSES, trie_alternation
from retold.records import Article, Finding, Span

_LOADED = re.compile(
    r"(?<![\w-])" + trie_alternation(LOADED_WORDS, fold=True) + r"(?![\w-])", re.IGNORECASE
)
_PLAIN = re.compile(trie_alternation(PLAIN_SENSES, fold=True) + r"\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*\s+$")
PRIOR_SIZE = 500.0  # pseudo-words the prior (the story's own word shares) weighs


CorpusForms = Mapping[str, Mapping[str, frozenset[str]]]
"""Canonical name -> each form printed anywhere in the corpus -> the outlets printing it."""


def corpus_forms(
    analyses: Iterable[ArticleAnalysis], outlets: Mapping[str, str | None]
) -> dict[str, dict[str, frozenset[str]]]:
    """Every person's and place's forms across the corpus, with who prints each
    (``outlets``: article id -> outlet)."""
    found: dict[str, dict[str, set[str]]] = {}
    for analysis in analyses:
        outlet = outlets.get(analysis.article) or f"article {analysis.article}"
        for use in analysis.names:
            if use.kind in ("person", "place"):
                form = " ".join(use.text.split())
                found.setdefault(use.canonical, {}).setdefault(form, set()).add(outlet)
    return {c: {f: frozenset(o) for f, o in forms.items()} for c, forms in found.items()}


def framing_findings(
    story: str,
    members: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    corpus: CorpusForms | None = None,
) -> list[Finding]:
    """Naming variants and loaded words, one finding per name and per loaded word.
    With ``corpus`` (``corpus_forms``), a place the story spells one way is a finding
    too when the corpus spells it another way, so every article's choice shows."""
    quoted = {
        a.article: [(s.start, s.end) for q in a.quotes if q.kind == "direct" for s in q.segments]
        for a in analyses
    }
    return _naming(story, members, analyses, corpus or {}) + _loaded(story, members, quoted)


def _naming(
    story: str,
    members: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    corpus: CorpusForms,
) -> list[Finding]:
    by_id = {a.id: a for a in members}
    uses: dict[str, list[NameUse]] = {}
    for analysis in analyses:
        body = by_id[analysis.article].body
        for use in analysis.names:
            if use.kind in ("person", "place") and _stands_alone(use, body):
                uses.setdefault(use.canonical, []).append(use)
    marked = _marked()
    findings = []
    for canonical, found in uses.items():
        spellings = {fold(u.text) for u in found}
        elsewhere = {
            f: o
            for f, o in corpus.get(canonical, {}).items()
            if fold(f) not in spellings and _differs({fold(f)} | spellings)
        }
        varied = _differs(spellings)
        signs = {fold(u.text) for u in found} & marked.keys()
        if varied or signs or (found[0].kind == "place" and elsewhere):
            findings.append(_naming_finding(story, canonical, found, by_id, varied, elsewhere))
    return findings


@cache
def _marked() -> dict[str, str]:
    """The alias table's marked variants and why (read once)."""
    return load_aliases().marked


def _differs(spellings: set[str]) -> bool:
    """Two spellings of one name that disagree: different surnames (last words), or
    different given names where both print one ('Zelensky' agrees with 'Volodymyr
    Zelensky'; 'Zelenskyy' does not, nor does 'Vladimir Zelensky')."""
    surnames = {s.split()[-1] for s in spellings if s}
    given = {" ".join(s.split()[:-1]) for s in spellings if len(s.split()) > 1}
    return len(surnames) > 1 or len(given) > 1


def _stands_alone(use: NameUse, body: str) -> bool:
    """Not part of a longer capitalised name: 'Conway' in 'Kellyanne Conway' is no place."""
    if use.kind != "place":
        return True
    before = body[max(0, use.start - 40) : use.start]
    return not _CAPITALISED.search(before) or before.rstrip().endswith((".", ",", ":", ";"))


def _naming_finding(
    story: str,
    canonical: str,
    uses: list[NameUse],
    by_id: dict[str, Article],
    varied: bool,
    elsewhere: Mapping[str, frozenset[str]],
) -> Finding:
    first: dict[tuple[str, str], NameUse] = {}
    for use in sorted(uses, key=lambda u: (u.article, u.start)):
        first.setdefault((use.article, fold(use.text)), use)
    writers: dict[str, set[str]] = {}
    for (article, _), use in first.items():
        writers.setdefault(" ".join(use.text.split()), set()).add(_outlet(by_id[article]))
    mixing = sorted(
        _outlet(by_id[a])
        for a in {a for a, _ in first}
        if _differs({f for b, f in first if b == a})
    )
    notes = _marked()
    parts = [
        f"{', '.join(sorted(w))} write{'s' if len(w) == 1 else ''} “{form}”"
        + (f" ({notes[fold(form)]})" if notes.get(fold(form)) else "")
        for form, w in sorted(writers.items())
    ]
    summary = f"{canonical}: " + "; ".join(parts)
    if mixing:
        summary += f"; {', '.join(mixing)} mix{'es' if len(mixing) == 1 else ''} forms"
    if elsewhere:
        other = "; ".join(f"{', '.join(sorted(o))}: “{f}”" for f, o in sorted(elsewhere.items()))
        summary += f"; elsewhere in the corpus {other}"
    return Finding(
        kind="framing",
        subject=canonical,
        story=story,
        articles=tuple(sorted({a for a, _ in first})),
        summary=summary,
        confidence=0.9 if varied else 0.7 if not elsewhere else 0.5,
        evidence=tuple(Span.of(by_id[u.article], u.start, u.end) for u in first.values()),
        details_json=json.dumps(
            {
                "kind": "naming",
                "name": canonical,
                "forms": {f: sorted(w) for f, w in writers.items()},
                "mixed_in": mixing,
                "elsewhere": {f: sorted(o) for f, o in elsewhere.items()},
            },
            ensure_ascii=False,
        ),
    )


def _loaded(
    story: str, members: Sequence[Article], quoted: Mapping[str, list[tuple[int, int]]]
) -> list[Finding]:
    """Loaded words one outlet uses in its own voice (body or headline, outside the
    ``quoted`` spans of each article) and the story's other outlets do not."""
    if len({_outlet(a) for a in members}) < 2:
        return []
    used: dict[str, dict[str, list[tuple[Article, str, int, int]]]] = {}
    for article in members:
        spans = quoted.get(article.id, [])
        for where, text in (("body", article.body), ("title", article.title or "")):
            for m in _LOADED.finditer(text):
                if where == "body" and any(s <= m.start() < e for s, e in spans):
                    continue  # the speaker's word
                if _PLAIN.match(text, m.start()):
                    continue  # "admitted to hospital": the word's plain sense
                word = m.group(0).casefold()
                used.setdefault(word, {}).setdefault(_outlet(article), []).append(
                    (article, where, m.start(), m.end())
                )
    findings = []
    for word, by_outlet in sorted(used.items()):
        if len(by_outlet) != 1:
            continue
        ((outlet, hits),) = by_outlet.items()
        findings.append(_loaded_finding(story, word, outlet, hits))
    return findings


def _loaded_finding(
    story: str, word: str, outlet: str, hits: list[tuple[Article, str, int, int]]
) -> Finding:
    evidence = tuple(Span.of(a, s, e) for a, where, s, e in hits if where == "body")
    titles = sorted({(a.title or "")[s:e] for a, where, s, e in hits if where == "title"})
    return Finding(
        kind="framing",
        subject=hits[0][0].id,
        story=story,
        articles=tuple(sorted({a.id for a, *_ in hits})),
        summary=f"{outlet} alone in this story uses the loaded word “{word}”",
        confidence=0.6,
        evidence=evidence,
        details_json=json.dumps(
            {"kind": "loaded", "word": word, "outlet": outlet, "in_title": titles},
            ensure_ascii=False,
        ),
    )


def distinctive_terms(
    members: Sequence[Article], top: int = 8, min_z: float = 2.0
) -> dict[str, list[tuple[str, float]]]:
    """Per outlet: its most distinctive words in the story, with their z-scores
    (log-odds ratio, informative Dirichlet prior = the story's word counts)."""
    counts: dict[str, Counter[str]] = {}
    for article in members:
        words = (w.casefold() for w in _WORD.findall(article.body))
        counts.setdefault(_outlet(article), Counter()).update(words)
    if len(counts) < 2:
        return {}
    prior: Counter[str] = Counter()
    for outlet_counts in counts.values():
        prior.update(outlet_counts)
    out = {}
    total = sum(prior.values())
    scale = PRIOR_SIZE / total
    for outlet, mine in counts.items():
        size = sum(mine.values())
        sizes = (size, total - size, PRIOR_SIZE)  # the rest of the story: prior - mine
        scored = [(w, _z(mine[w], prior[w] - mine[w], prior[w] * scale, sizes)) for w in mine]
        best = sorted((s for s in scored if s[1] >= min_z), key=lambda s: -s[1])[:top]
        out[outlet] = [(w, round(z, 2)) for w, z in best]
    return out


def _z(ya: int, yb: int, y0: float, sizes: tuple[int, int, float]) -> float:
    """Monroe et al.'s z-score of a word counted ``ya`` times in one text of ``sizes[0]``
    words, ``yb`` in the other of ``sizes[1]``, ``y0`` in the prior of ``sizes[2]``."""
    na, nb, n0 = sizes
    delta = math.log((ya + y0) / (na + n0 - ya - y0)) - math.log((yb + y0) / (nb + n0 - yb - y0))
    variance = 1 / (ya + y0) + 1 / (yb + y0)
    return delta / math.sqrt(variance)


def _outlet(article: Article) -> str:
    return article.label
