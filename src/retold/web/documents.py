"""The article and outlet documents of the web app and the API, JSON-ready.

An article: the export's article record with its story, quotes, credits, copies and
findings, and where each metadata field came from.  An outlet: its stories, the credits
its articles give and the ones they leave out (uncredited copies), and framing findings
on its articles.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from retold.errors import NotFoundError
from retold.records import Article
from retold.serve.export import (
    article_json,
    citation_json,
    copy_json,
    finding_json,
    person_of,
    quote_json,
    speaker_label,
)
from retold.store import SQLStore
from retold.web.catalog import heads


def article_document(store: SQLStore, article_id: str) -> dict[str, Any]:
    """The article as exported, plus its story, quotes, credits, copies and findings."""
    stored = store.get_article(article_id)
    a = stored.article
    people = person_of(store)
    findings = store.findings(evidence_in=a.id)
    return {
        **article_json(stored),
        "story": store.story_of(a.id),
        "fields": field_sources(stored.article),
        "quotes": [
            {
                **quote_json(q, store.quote_group(q.id), people),
                "speaker_label": speaker_label(q, people),
            }
            for q in store.quotes(article_ids=[a.id])
        ],
        "citations": [citation_json(c) for c in store.citations(a.id)],
        "copies": [copy_json(c) for c in store.copies(a.id)],
        "findings": [finding_json(f) for f in findings],
    }


def field_sources(article: Article) -> list[dict[str, Any]]:
    """Each metadata field with its value and where it was read from: retold's own record
    of the source for outlet, title and date; the kind of place the others always come
    from (``metadata``: the record, feed or page head; ``body``: the dateline line;
    ``file``: the input file); None where retold does not record it."""
    d = article.dateline
    return [
        {"field": "outlet", "value": article.outlet, "source": article.outlet_source},
        {"field": "title", "value": article.title, "source": article.title_source},
        {"field": "published", "value": article.published, "source": article.published_source},
        {"field": "published_time", "value": article.published_time, "source": "metadata"},
        {"field": "site_name", "value": article.site_name, "source": "metadata"},
        {"field": "dateline", "value": d.text if d else None, "source": "body"},
        {"field": "language", "value": article.language, "source": None},
        {"field": "url", "value": article.url, "source": "metadata"},
        {"field": "format", "value": article.format, "source": "file"},
        {"field": "encoding", "value": article.encoding, "source": "file"},
    ]


def outlet_document(store: SQLStore, name: str) -> dict[str, Any]:
    """One outlet (case-insensitive name): stories, credits given and left out, framing."""
    by_id = heads(store)
    mine = {h.id for h in by_id.values() if (h.outlet or "").casefold() == name.casefold()}
    if not mine:
        raise NotFoundError(f"no outlet named {name!r}; /api/outlets lists them")
    outlet = next(by_id[a].outlet for a in sorted(mine))
    credits: Counter[str] = Counter()
    for citation in store.citations():
        if citation.article in mine:
            credits[citation.source] += 1
    findings = [f for f in store.findings() if mine & set(f.articles)]
    stories = [
        {"id": s.id, "title": s.title, "first_published": s.first_published, "articles": n}
        for s in store.stories()
        if (n := len(mine & set(s.articles)))
    ]
    return {
        "name": outlet,
        "articles": [
            {"id": a, "title": by_id[a].title, "published": by_id[a].published}
            for a in sorted(mine, key=lambda a: (by_id[a].published or "9999", a))
        ],
        "stories": stories,
        "credits_given": [{"source": s, "count": n} for s, n in credits.most_common()],
        "credits_omitted": [
            finding_json(f) for f in findings if f.kind == "uncredited_copy" and f.subject in mine
        ],
        "framing": [finding_json(f) for f in findings if f.kind == "framing"],
        "findings": [finding_json(f) for f in findings],
    }
