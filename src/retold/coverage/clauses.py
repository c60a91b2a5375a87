"""Main clauses of a passage and their tense, from the dependency parse.

A *main clause* is a sentence's root, or a verb conjoined to it that has a subject of
its own ("Inland waterways carry little freight, but governments have been
investing"): two statements in one sentence.  A verb conjoined without its own
subject ("is among the largest and employs 2,400") adds no statement.

A clause's tense is that of its finite verb: its first auxiliary, else the verb
itself.  ``"past"`` (VBD: "was", "collected"), ``"present"`` (VBZ/VBP: "is", "has
recorded", "have been investing"), ``"modal"`` ("can reach", "will hold") or
``"other"``.

The parser (spaCy, ``retold.analyze.load_nlp``) is loaded on first use, so a run
that has no passage to read never loads it; only the components clauses need run
(``SYNTAX_PIPES``, as for the analysis: tags and dependencies; no entity recogniser,
and no attribute ruler:
a verb is told by its fine-grained tag), over a batch of passages at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from retold.analyze.parsed import SYNTAX_PIPES

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})  # verbs and auxiliaries
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
AUXILIARIES = frozenset({"aux", "auxpass"})
TENSE_OF_TAG = {"VBD": "past", "VBZ": "present", "VBP": "present", "MD": "modal"}


@dataclass(frozen=True)
class Clause:
    """One main clause: where its finite verb is (offsets into the passage) and its tense."""

    start: int
    end: int
    text: str  # the finite verb, as printed
    tense: str  # "past" | "present" | "modal" | "other"


class ClauseReader:
    """Main clauses of passages, with the parser ``load`` gives, loaded once on first use."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load
        self._nlp: Any = None

    def clauses(self, text: str) -> list[Clause]:
        """Every main clause of ``text``, in order."""
        return self.read([text])[0]

    def read(self, texts: Sequence[str], batch_size: int = 64) -> list[list[Clause]]:
        """Every main clause of each text, in order: one parse of the batch."""
        if not texts:
            return []
        if self._nlp is None:
            self._nlp = self._load()
        nlp = self._nlp
        disabled = [name for name in nlp.pipe_names if name not in SYNTAX_PIPES]
        with nlp.select_pipes(disable=disabled):
            return [
                [_clause(head) for sent in doc.sents for head in _heads(sent)]
                for doc in nlp.pipe(texts, batch_size=batch_size)
            ]


def _heads(sent: Any) -> list[Any]:
    """The sentence's root and the verbs conjoined to a main clause with a subject of their own."""
    heads = [sent.root]
    for head in heads:  # grows while it is read: a conjunct of a conjunct
        heads.extend(
            child
            for child in head.children
            if child.dep_ == "conj"
            and child.tag_ in VERB_TAGS
            and any(c.dep_ in SUBJECTS for c in child.children)
        )
    return heads


def _clause(head: Any) -> Clause:
    finite = next((c for c in head.children if c.dep_ in AUXILIARIES and c.i < head.i), head)
    return Clause(
        finite.idx,
        finite.idx + len(finite.text),
        finite.text,
        TENSE_OF_TAG.get(finite.tag_, "other"),
    )
