"""A seeded synthetic news corpus with planted stories and planted copies of every kind.

Topics have their own vocabulary; each topic holds several stories (events) that
share that vocabulary and some recurring names (the same spokeswoman quoted in
two strikes) but differ in their own names, numbers, places and dates, weeks
apart: the same-topic, different-event trap.  Articles about one story are
written independently (different sentences, different lengths).  Copies are
planted on top:

* exact: the same body under another outlet;
* near: syndicated with edits (words swapped, a sentence dropped or added);
* trimmed: the last paragraphs cut;
* reheadlined: a new headline and a rewritten first paragraph;
* rewrite: every sentence reworded (synonyms, moved clauses), names and numbers kept;
* stale: a near copy republished about a year later.

    from synth import generate
    corpus = generate(n_articles=10_000, seed=7)
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from retold.records import Article, Origin

COPY_KINDS = ("exact", "near", "trimmed", "reheadlined", "rewrite", "stale")


@dataclass(frozen=True)
class SynthOptions:
    n_articles: int = 10_000
    seed: int = 7
    stories_per_topic: tuple[int, int] = (1, 4)
    mean_story_size: float = 6.0  # independently written articles per story (geometric-ish)
    copy_share: float = 0.15  # share of articles that are planted copies
    copy_kinds: tuple[str, ...] = COPY_KINDS
    common_words: int = 3000
    topic_words: int = 60
    outlets: int = 200


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    story: dict[str, str]  # article id -> planted story
    copies: list[tuple[str, str, str]]  # (original id, copy id, kind)
    options: SynthOptions = field(default_factory=SynthOptions)


def generate(n_articles: int = 10_000, seed: int = 7, **kw: object) -> Corpus:
    options = SynthOptions(n_articles=n_articles, seed=seed, **kw)  # type: ignore[arg-type]
    return _Generator(options).run()


class _Generator:
    def __init__(self, options: SynthOptions) -> None:
        self.o = options
        self.rng = np.random.default_rng(options.seed)
        self.common = self._words(options.common_words, 3, 9)
        self.common_array = np.array(self.common, dtype=object)
        zipf = 1.0 / np.arange(1, options.common_words + 1) ** 1.05
        self.common_p = zipf / zipf.sum()
        self.synonym = {w: self._word(4, 9) for w in self.common}
        self.outlets = [f"Outlet {self._word(4, 8).title()}" for _ in range(options.outlets)]
        self.articles: list[Article] = []
        self.story: dict[str, str] = {}
        self.copies: list[tuple[str, str, str]] = []

    def run(self) -> Corpus:
        n_copies = int(self.o.n_articles * self.o.copy_share)
        n_original = self.o.n_articles - n_copies
        topic = 0
        while len(self.articles) < n_original:
            self._topic(topic, n_original)
            topic += 1
        originals = list(self.articles)
        for k in range(n_copies):
            source = originals[int(self.rng.integers(len(originals)))]
            kind = self.o.copy_kinds[k % len(self.o.copy_kinds)]
            self._copy(source, kind, k)
        return Corpus(self.articles, self.story, self.copies, self.o)

    # --- vocabulary -----------------------------------------------------------------
    def _word(self, low: int, high: int) -> str:
        n = int(self.rng.integers(low, high + 1))
        return "".join(string.ascii_lowercase[i] for i in self.rng.integers(0, 26, n))

    def _words(self, n: int, low: int, high: int) -> list[str]:
        return [self._word(low, high) for _ in range(n)]

    def _name(self) -> str:
        return " ".join(self._word(4, 9).title() for _ in range(int(self.rng.integers(1, 3))))

    # --- stories --------------------------------------------------------------------
    def _topic(self, topic: int, limit: int) -> None:
        words = self._words(self.o.topic_words, 4, 10)
        shared_names = [self._name() for _ in range(3)]  # recur across the topic's stories
        start = date(2015, 1, 1) + timedelta(days=int(self.rng.integers(0, 3000)))
        low, high = self.o.stories_per_topic
        for s in range(int(self.rng.integers(low, high + 1))):
            event = start + timedelta(days=int(s * self.rng.integers(15, 60)))
            facts = _Facts(
                topic_words=words,
                names=shared_names[:1] + [self._name() for _ in range(5)],
                numbers=[str(int(self.rng.integers(2, 5000))) for _ in range(4)],
                event=event,
            )
            size = 1 + int(self.rng.geometric(1 / self.o.mean_story_size))
            for _ in range(size):
                if len(self.articles) >= limit:
                    return
                self._write(f"t{topic}s{s}", facts)

    def _write(self, story: str, facts: _Facts) -> None:
        published = facts.event + timedelta(days=int(self.rng.integers(0, 4)))
        shape = [int(k) for k in self.rng.integers(1, 4, int(self.rng.integers(4, 12)))]
        sentences = iter(self._sentences(facts, sum(shape)))
        paragraphs = [" ".join(next(sentences) for _ in range(k)) for k in shape]
        title = " ".join(
            [facts.names[1], *self.rng.choice(facts.topic_words, 3), facts.names[2].split()[0]]
        ).capitalize()
        self._add(story, title, "\n\n".join(paragraphs), published.isoformat())

    def _sentences(self, facts: _Facts, count: int) -> list[str]:
        """``count`` sentences: Zipf-distributed common words, a few topic words, and names,
        numbers and the event date where a reporter would put them (always in the lede)."""
        rng = self.rng
        lengths = rng.integers(10, 24, count)
        words = self.common_array[rng.choice(len(self.common), int(lengths.sum()), p=self.common_p)]
        cuts = np.cumsum(lengths)[:-1]
        out = []
        for k, chunk in enumerate(np.split(words, cuts)):
            sentence = chunk.tolist()
            lede = k == 0
            extras = list(rng.choice(facts.topic_words, int(rng.integers(2, 5))))
            if lede or rng.random() < 0.5:
                extras.append(str(rng.choice(facts.names)))
            if lede or rng.random() < 0.25:
                extras.append(str(rng.choice(facts.numbers)))
            for extra in extras:
                sentence.insert(int(rng.integers(1, len(sentence))), str(extra))
            if lede or rng.random() < 0.1:
                sentence += ["on", facts.event.strftime("%B"), str(facts.event.day)]
            text = " ".join(sentence)
            out.append(text[0].upper() + text[1:] + ".")
        return out

    def _add(self, story: str, title: str, body: str, published: str) -> Article:
        n = len(self.articles)
        article = Article(
            id=f"a{n:07d}",
            origin=Origin(f"synthetic/{n:07d}.txt"),
            format="text",
            encoding="utf-8",
            url=None,
            outlet=self.outlets[int(self.rng.integers(len(self.outlets)))],
            outlet_source="synthetic",
            title=title,
            title_source="synthetic",
            published=published,
            published_source="metadata",
            dateline=None,
            language="en",
            body=body,
        )
        self.articles.append(article)
        self.story[article.id] = story
        return article

    # --- copies ---------------------------------------------------------------------
    def _copy(self, source: Article, kind: str, k: int) -> None:
        paragraphs = source.body.split("\n\n")
        published = date.fromisoformat(source.published or "2020-01-01") + timedelta(
            days=int(self.rng.integers(0, 2))
        )
        title = source.title or ""
        if kind == "near":
            paragraphs = [self._edit(p, 0.04) for p in paragraphs]
            del paragraphs[int(self.rng.integers(len(paragraphs)))]
        elif kind == "trimmed":
            paragraphs = paragraphs[: max(2, int(len(paragraphs) * self.rng.uniform(0.4, 0.7)))]
        elif kind == "reheadlined":
            title = " ".join(self.rng.choice(self.common, 7)).capitalize()
            paragraphs = [self._reword(paragraphs[0], 1.0), *paragraphs[1:]]
        elif kind == "rewrite":
            paragraphs = [self._reword(p, 0.6) for p in paragraphs]
        elif kind == "stale":
            paragraphs = [self._edit(p, 0.02) for p in paragraphs]
            published += timedelta(days=int(self.rng.integers(330, 420)))
        copy = self._add(
            self.story[source.id], title, "\n\n".join(paragraphs), published.isoformat()
        )
        self.copies.append((source.id, copy.id, kind))

    def _edit(self, paragraph: str, rate: float) -> str:
        words = paragraph.split()
        for i in range(len(words)):
            if self.rng.random() < rate and words[i].islower():
                words[i] = str(self.rng.choice(self.common[:200]))
        return " ".join(words)

    def _reword(self, paragraph: str, rate: float) -> str:
        """Every sentence in other words: synonyms for common words, the clause order turned."""
        out = []
        for sentence in paragraph.split(". "):
            words = sentence.rstrip(".").split()
            words = [self.synonym.get(w, w) if self.rng.random() < rate else w for w in words]
            cut = len(words) // 2
            words = words[cut:] + words[:cut]
            text = " ".join(words)
            out.append(text[:1].upper() + text[1:] + ".")
        return " ".join(out)


@dataclass(frozen=True)
class _Facts:
    topic_words: list[str]
    names: list[str]
    numbers: list[str]
    event: date
