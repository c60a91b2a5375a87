"""Rewrites: the same text sentence by sentence in other words (content farms, translations).

Shingles miss these (few word runs survive), so they are found by aligning
sentences.  Candidates are TF-IDF neighbours (pairs sharing top terms, cosine
at least ``min_cosine``); for each, sentences are compared
by the IDF-weighted overlap of their content words (crudely stemmed, numbers
kept), and a monotone alignment (no crossing matches) is computed by dynamic
programming.  A pair is a rewrite when nearly every sentence of the shorter
text has an in-order counterpart in the other: independent reports of one
event share facts too, but not sentence after sentence in the same order.  Nor do
they share their own sentences when they quote the same officials: the same share
of the plain sentences (``link.quoted``: less than half inside quotation marks) of the text
with fewer of them must be aligned too (``beyond_quotes``).
"""

from __future__ import annotations

import io
import itertools
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from retold.link.direction import rank_originals
from retold.link.language import Language
from retold.link.packing import MAGIC, narrow, pack, unpack
from retold.link.quoted import plain_sentences
from retold.link.text import Span, content_words, sentence_spans
from retold.link.vectors import (
    F32,
    I64,
    Frequencies,
    PairIndex,
    PairOptions,
    TermCounts,
    pair_cosines,
    term_id,
    tfidf,
)
from retold.records import Article, CopyLink

_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")


@dataclass(frozen=True)
class RewriteOptions:
    min_cosine: float = 0.3  # TF-IDF cosine for a pair to be compared sentence by sentence
    pairs: PairOptions = field(default_factory=PairOptions)  # which pairs get that far
    min_sentences: int = 4  # in the shorter text
    min_aligned: int = 8  # aligned sentence pairs: short texts share too little to judge
    min_pair_similarity: float = 0.3  # for two sentences to be aligned
    min_coverage: float = 0.8  # share of the shorter text's sentences aligned in order
    min_mean_similarity: float = 0.4  # over the aligned sentence pairs
    stem: int = 6  # words are cut to this many characters before comparing


@dataclass(frozen=True)
class Alignment:
    """In-order sentence matches between two texts: (sentence in a, sentence in b, similarity)."""

    matches: tuple[tuple[int, int, float], ...]
    sentences_a: int
    sentences_b: int

    def coverage(self, side: str) -> float:
        total = self.sentences_a if side == "a" else self.sentences_b
        return len(self.matches) / total if total else 0.0

    def mean_similarity(self) -> float:
        return float(np.mean([m[2] for m in self.matches])) if self.matches else 0.0


@dataclass(frozen=True)
class SentenceTable:
    """Per article: sentence spans and, per sentence, its distinct words' columns and
    IDF weights (L2-normalized), flat with offsets."""

    spans: tuple[Span, ...]
    columns: I64
    weights: F32
    offsets: I64

    def similarities(self, other: SentenceTable) -> npt.NDArray[np.float64]:
        """Cosine of every sentence of this text with every sentence of ``other``."""
        universe = np.unique(np.concatenate([self.columns, other.columns]))
        return self._dense(universe) @ other._dense(universe).T

    def _dense(self, universe: I64) -> npt.NDArray[np.float64]:
        out = np.zeros((len(self.offsets) - 1, universe.size))
        rows = np.repeat(np.arange(len(self.offsets) - 1), np.diff(self.offsets))
        out[rows, np.searchsorted(universe, self.columns)] = self.weights
        return out


def find_rewrites(
    articles: Sequence[Article],
    options: RewriteOptions,
    language: Language,
    corpus: WordCounts | None = None,
    judged: Sequence[str | None] = (),
    splits: Mapping[str, Split] | None = None,
) -> list[CopyLink]:
    """Rewrites among ``articles``; word weights from ``corpus`` (the document frequencies
    of a larger set the articles belong to) when given, else from the articles.
    ``splits`` (article id -> ``sentence_split`` of its body, as ``retold.link.splits``
    keeps them) saves splitting those bodies again.

    ``judged`` (one per article, or empty) names the group each article was searched in
    before (None: never searched): two articles of one such group are not judged again.
    The vectors stand over every article (column order and a row's heaviest terms depend
    on all of them); sentences are split once per body (``sentence_split``) and sentence
    tables built only for the articles of the pairs judged."""
    known = splits or {}
    split = [known.get(a.id) or sentence_split(a.body, options.stem, language) for a in articles]
    sentences = [words for _, words in split]
    words, freqs = WordIndex.weighed(sentences, corpus)
    x = tfidf(words.counts, freqs)
    left, right = _fresh_pairs(PairIndex.of(x, freqs, options.pairs), judged, len(articles))
    close = pair_cosines(x, left, right) >= options.min_cosine
    tables: dict[int, SentenceTable] = {}
    links = []
    for a, b in zip(left[close].tolist(), right[close].tolist(), strict=True):
        for k in (a, b):
            if k not in tables:
                tables[k] = sentence_table(
                    articles[k].body, sentences[k], words, language, split[k][0]
                )
        ta, tb = tables[a], tables[b]
        link = _judge(a, b, ta, tb, articles, options)
        if link is not None:
            links.append(link)
    return links


def _fresh_pairs(index: PairIndex, judged: Sequence[str | None], n: int) -> tuple[I64, I64]:
    """The candidate pairs of ``index`` (a < b) not both of one ``judged`` group (every
    pair when ``judged`` is empty)."""
    left, right = index.among(np.arange(n))
    if judged:
        fresh = [
            judged[a] is None or judged[a] != judged[b]
            for a, b in zip(left.tolist(), right.tolist(), strict=True)
        ]
        left, right = left[fresh], right[fresh]
    return left, right


def align(
    ta: SentenceTable,
    tb: SentenceTable,
    min_similarity: float,
    sims: npt.NDArray[np.float64] | None = None,
) -> Alignment:
    """Best monotone one-to-one alignment of sentences (sum of similarities)."""
    sims = ta.similarities(tb) if sims is None else sims
    n, m = sims.shape
    score = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        row = sims[i - 1]
        for j in range(1, m + 1):
            best = max(score[i - 1, j], score[i, j - 1])
            if row[j - 1] >= min_similarity:
                best = max(best, score[i - 1, j - 1] + row[j - 1])
            score[i, j] = best
    matches = []
    i, j = n, m
    while i > 0 and j > 0:
        if score[i, j] == score[i - 1, j]:
            i -= 1
        elif score[i, j] == score[i, j - 1]:
            j -= 1
        else:
            matches.append((i - 1, j - 1, round(float(sims[i - 1, j - 1]), 4)))
            i, j = i - 1, j - 1
    return Alignment(tuple(reversed(matches)), n, m)


def _judge(
    a: int,
    b: int,
    ta: SentenceTable,
    tb: SentenceTable,
    articles: Sequence[Article],
    options: RewriteOptions,
) -> CopyLink | None:
    shorter = min(len(ta.spans), len(tb.spans))
    if shorter < options.min_sentences:
        return None
    sims = ta.similarities(tb)
    if not _may_cover(sims, options):
        return None
    alignment = align(ta, tb, options.min_pair_similarity, sims)
    coverage = len(alignment.matches) / shorter
    if coverage < options.min_coverage or len(alignment.matches) < options.min_aligned:
        return None
    if alignment.mean_similarity() < options.min_mean_similarity:
        return None
    plain = (
        plain_sentences(articles[a].body, ta.spans),
        plain_sentences(articles[b].body, tb.spans),
    )
    if not beyond_quotes(alignment, plain, options.min_coverage):
        return None
    sizes = [0] * len(articles)
    sizes[a], sizes[b] = len(ta.spans), len(tb.spans)
    ranks = rank_originals([a, b], articles, sizes)
    original, copy = ranks[0].article, ranks[1].article
    copy_sentences = len(tb.spans) if copy == b else len(ta.spans)
    return CopyLink(
        original=articles[original].id,
        copy=articles[copy].id,
        kind="rewrite",
        similarity=round(alignment.mean_similarity(), 4),
        containment=round(len(alignment.matches) / copy_sentences, 4),
        reasons=ranks[0].reasons,
    )


def beyond_quotes(alignment: Alignment, plain: tuple[list[bool], list[bool]], cover: float) -> bool:
    """Of the plain sentences of the text with fewer of them, at least ``cover`` are
    aligned (with any sentence: a rewrite may turn a quote into reported speech)."""
    side = 0 if sum(plain[0]) <= sum(plain[1]) else 1
    mine = plain[side]
    shared = sum(1 for i, j, _ in alignment.matches if mine[j if side else i])
    return sum(mine) > 0 and shared >= cover * sum(mine)


def _may_cover(sims: npt.NDArray[np.float64], options: RewriteOptions) -> bool:
    """Cheap bound: enough sentences of the shorter text have *some* counterpart."""
    if sims.size == 0:
        return False
    best_a = (sims.max(axis=1) >= options.min_pair_similarity).mean()
    best_b = (sims.max(axis=0) >= options.min_pair_similarity).mean()
    return bool(max(best_a, best_b) >= options.min_coverage)


def sentence_words(body: str, stem: int, language: Language) -> list[list[str]]:
    """Per sentence: content words cut to ``stem`` characters (numbers without separators).

    Remembered for the last few thousand bodies: the link and coverage stages ask for
    the same articles' words several times.  Callers only read the lists."""
    return sentence_split(body, stem, language)[1]


Split = tuple[tuple[Span, ...], list[list[str]]]
"""A body's sentence spans and, per sentence, its words (``sentence_split``)."""


def sentence_split(body: str, stem: int, language: Language) -> Split:
    """The sentence spans of ``body`` and ``sentence_words``' lists for them (remembered
    together: a sentence table wants the spans the words were read from)."""
    return _sentence_split(
        body, stem, _WordLists(language.abbreviations, language.stopwords, language)
    )


@dataclass(frozen=True)
class _WordLists:
    """What ``sentence_words`` reads of a language (and the language, not compared)."""

    abbreviations: frozenset[str]
    stopwords: frozenset[str]
    language: Language = field(compare=False)


@lru_cache(maxsize=4096)
def _sentence_split(body: str, stem: int, lists: _WordLists) -> Split:
    language = lists.language
    spans = tuple(sentence_spans(body, language))
    words = [
        [w[:stem] for w in content_words(_THOUSANDS.sub("", body[s:e]), language)] for s, e in spans
    ]
    return spans, words


@dataclass(frozen=True)
class WordIndex:
    """Columns and IDF of the (stemmed) words of a set of texts, and their counts."""

    columns: dict[str, int]
    idf: F32
    counts: TermCounts

    @staticmethod
    def of(texts: Sequence[list[list[str]]], corpus: WordCounts | None = None) -> WordIndex:
        """Columns in first-seen order; counts per text over those columns; IDF over
        ``corpus`` when given, else over ``texts``."""
        return WordIndex.weighed(texts, corpus)[0]

    @staticmethod
    def weighed(
        texts: Sequence[list[list[str]]], corpus: WordCounts | None = None
    ) -> tuple[WordIndex, Frequencies]:
        """``of``'s index and the document frequencies of its columns its IDF is of."""
        columns: dict[str, int] = {}
        ids: list[int] = []
        counts: list[float] = []
        lengths: list[int] = []
        for doc in texts:
            bag = Counter(itertools.chain.from_iterable(doc))
            ids += [columns.setdefault(w, len(columns)) for w in bag]
            counts += bag.values()
            lengths.append(len(bag))
        offsets = np.cumsum([0, *lengths]).astype(np.int64)
        table = TermCounts(
            np.array(ids, np.int64),
            np.array(counts, np.float32),
            offsets,
            np.arange(len(columns), dtype=np.int64),
        )
        index = WordIndex(columns, np.zeros(0, np.float32), table)
        freqs = Frequencies.of(table) if corpus is None else corpus.frequencies(index)
        return WordIndex(columns, freqs.idf(), table), freqs


@dataclass(frozen=True)
class WordCounts:
    """Document frequencies of the (stemmed) words of a corpus, by word hash, so rewrites
    searched among a few of its articles weigh words as a search over all of it does.
    Grown article by article; kept between runs (``to_bytes``)."""

    hashes: I64  # sorted term ids (``vectors.term_id``)
    df: I64
    n_docs: int

    @staticmethod
    def empty() -> WordCounts:
        return WordCounts(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)

    def grown(self, texts: Sequence[list[list[str]]]) -> WordCounts:
        """These counts and ``texts`` (each a text's sentences of words) counted in."""
        per_text = [np.unique([term_id(w) for s in doc for w in s]) for doc in texts]
        ids = np.concatenate([np.zeros(0, np.int64), *(p.astype(np.int64) for p in per_text)])
        each = WordCounts(ids, np.ones(ids.size, np.int64), len(texts))  # a word once a text
        return WordCounts.summed([self, each])

    @staticmethod
    def summed(parts: Sequence[WordCounts]) -> WordCounts:
        """The counts of the documents of all ``parts`` (each counting others; a part's
        hashes may repeat, their counts are added)."""
        if len(parts) == 1:
            return parts[0]
        ids = np.concatenate([np.zeros(0, np.int64), *(p.hashes for p in parts)])
        weights = np.concatenate([np.zeros(0, np.int64), *(p.df for p in parts)])
        hashes, at = np.unique(ids, return_inverse=True)
        df = np.bincount(at, weights=weights, minlength=hashes.size).astype(np.int64)
        return WordCounts(hashes, df, sum(p.n_docs for p in parts))

    def frequencies(self, index: WordIndex) -> Frequencies:
        """Document frequency of each of ``index``'s columns in this corpus."""
        ids = np.array([term_id(w) for w in index.columns], np.int64)
        at = np.minimum(np.searchsorted(self.hashes, ids), max(0, self.hashes.size - 1))
        found = self.hashes[at] == ids if self.hashes.size else np.zeros(ids.size, bool)
        return Frequencies(np.where(found, self.df[at] if self.df.size else 0, 0), self.n_docs)

    def to_bytes(self) -> bytes:
        """The counts as ``packing.pack`` writes them (zstd: ten times faster to write
        than the ``.npz`` it replaced, written every run)."""
        meta = np.array(json.dumps({"format": WORD_COUNTS_FORMAT}))
        return pack({"meta": meta, "hashes": self.hashes, "df": narrow(self.df), "n": self.n_docs})

    @staticmethod
    def from_bytes(data: bytes) -> WordCounts:
        """The counts ``to_bytes`` wrote (or the ``.npz`` of earlier versions)."""
        if data.startswith(MAGIC):
            z = unpack(data, WORD_COUNTS_FORMAT)
            return WordCounts(z["hashes"], z["df"].astype(np.int64), int(z["n"]))
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return WordCounts(npz["hashes"], npz["df"], int(npz["n"]))


WORD_COUNTS_FORMAT = "retold.word-counts.v2"


def sentence_table(
    body: str,
    sentences: list[list[str]],
    words: WordIndex,
    language: Language,
    spans: tuple[Span, ...] | None = None,
) -> SentenceTable:
    """Sentence spans (``spans`` when given: those ``sentences`` were read from) and rows:
    IDF weights of each sentence's distinct words in column order, L2-normalized."""
    spans = tuple(sentence_spans(body, language)) if spans is None else spans
    width = max(1, len(words.columns))
    lengths = [len(s) for s in sentences]
    at = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
    found = np.array([words.columns[w] for s in sentences for w in s], np.int64)
    keys = np.unique(at * width + found)  # by sentence, then column; each column once
    flat, row_of = keys % width, keys // width
    sizes = np.bincount(row_of, minlength=len(sentences))
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    weights = words.idf[flat] if flat.size else np.zeros(0, np.float32)
    norms = np.sqrt(
        np.bincount(row_of, weights=weights.astype(np.float64) ** 2, minlength=len(sentences))
    )
    weights = (weights / np.maximum(norms[row_of], 1e-12)).astype(np.float32)
    return SentenceTable(spans, flat.astype(np.int64), weights, offsets)
