"""What a speaker phrase resolves to (``Resolved``: a name, its kind, how sure, by
which rule) and how sure each way of resolving is (``CONFIDENCE``), shared by
``retold.analyze.speakers`` and ``retold.analyze.surnames``.
"""

from __future__ import annotations

from dataclasses import dataclass

from retold.analyze.aliases import canonical_name
from retold.analyze.context import Prepared
from retold.analyze.people import Person
from retold.analyze.records import Resolution, SpeakerKind

CONFIDENCE: dict[str, float] = {
    "name": 0.95,
    "surname": 0.9,
    "title": 0.9,
    "salient": 0.75,  # a surname several people share, read as the one the article is about
    "unlinked": 0.6,  # a titled surname ('Mr. Clyburn') the article never names in full
    "role": 0.75,
    "pronoun": 0.8,
    "organization": 0.85,
    "nearby": 0.5,  # the most a speaker read beside the sentence may have (``nearby``)
    "description": 0.4,  # a speaker the text describes, not names (``descriptions``)
    "issuer": 0.55,  # who issued the document that speaks ('the statement said')
    "bare": 0.55,  # a one-word name nothing tells a person or a body (``readings.bare_name``)
    "family": 0.55,  # a surname several people share, no rule telling which: the surname
}


@dataclass(frozen=True)
class Resolved:
    speaker: str | None
    kind: SpeakerKind
    confidence: float
    resolution: Resolution


UNKNOWN = Resolved(None, "unknown", 0.0, "none")


def person_result(prep: Prepared, person: Person, how: Resolution) -> Resolved:
    """``person``, resolved ``how``, under the name the article's aliases give them; no
    surer than a surname the article never names in full ('Mr. Clyburn' ... 'he said')."""
    name = canonical_name(person.name, prep.book.aliases)
    sure = CONFIDENCE[how] if person.first else min(CONFIDENCE[how], CONFIDENCE["unlinked"])
    return Resolved(name, "person", sure, how)
