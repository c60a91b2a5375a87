"""The dependency parser, used only on sentences the word-list rules cannot settle.

``parse_sentences`` runs the spaCy components a caller asks for (``SYNTAX_PIPES``: tags
and dependencies, without the attribute ruler, which only maps tags to coarse parts of
speech that no rule here reads; ``ENTITY_PIPES``: entity types, whose recogniser has its
own embedding)
over a batch of sentence texts with ``nlp.pipe`` and returns plain frozen records, so the
rest of the analysis never touches spaCy objects and can be tested without a model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

SYNTAX_PIPES = ("tok2vec", "tagger", "parser")
ENTITY_PIPES = ("ner",)
PARSE_PIPES = (*SYNTAX_PIPES, "attribute_ruler", *ENTITY_PIPES)
VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
NOMINAL = frozenset({"amod", "compound", "nmod"})  # 'a "principled security network"'


class ParsedToken(NamedTuple):
    """One token of a parse (a named tuple: a parse makes tens of thousands of them)."""

    start: int  # character offset within the sentence
    end: int
    text: str
    tag: str
    dep: str
    head: int  # index of the head token
    ent: str = ""  # the entity type the recogniser gave it ("PERSON", "ORG", "GPE", ...)


@dataclass(frozen=True)
class Parsed:
    text: str
    tokens: tuple[ParsedToken, ...]

    def children(self, i: int) -> list[int]:
        return [k for k, t in enumerate(self.tokens) if t.head == i and k != i]

    def subtree(self, i: int) -> tuple[int, int]:
        """(first, last) token indices of ``i``'s subtree."""
        low = high = i
        stack = [i]
        while stack:
            k = stack.pop()
            low, high = min(low, k), max(high, k)
            stack.extend(self.children(k))
        return low, high

    def entity_at(self, offset: int) -> str:
        """The entity type of the token starting at ``offset`` ('' when none)."""
        return next((t.ent for t in self.tokens if t.start == offset), "")

    def has_verb(self, start: int, end: int, participles: bool = False) -> bool:
        """Is there a finite or base-form verb among the tokens within [start, end)?
        With ``participles``, a participle counts too ('built too low'), unless it
        describes a noun ('a "principled security network"')."""
        return any(
            t.tag in VERB_TAGS
            or (participles and t.tag in PARTICIPLE_TAGS and t.dep not in NOMINAL)
            for t in self.tokens
            if start <= t.start and t.end <= end
        )


Parses = Mapping[str, Parsed]


def parse_sentences(
    nlp: Any, texts: Iterable[str], batch_size: int = 256, pipes: Sequence[str] = PARSE_PIPES
) -> dict[str, Parsed]:
    """Parse each distinct text once with the components ``pipes`` names (what the
    others would set is left empty: no tags, or no entity types); keyed by text."""
    unique = sorted(set(texts))
    if not unique:
        return {}
    enabled = [name for name in pipes if name in nlp.pipe_names]
    disabled = [name for name in nlp.pipe_names if name not in enabled]
    result: dict[str, Parsed] = {}
    with nlp.select_pipes(disable=disabled):
        for text, doc in zip(unique, nlp.pipe(unique, batch_size=batch_size), strict=True):
            result[text] = Parsed(
                text,
                tuple(
                    ParsedToken(
                        t.idx,
                        t.idx + len(t.text),
                        t.text,
                        t.tag_,
                        t.dep_,
                        t.head.i - doc[0].i,
                        t.ent_type_,
                    )
                    for t in doc
                ),
            )
    return result
