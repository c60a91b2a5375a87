"""The attribution lexicon: ``data/speech.toml`` read into one frozen record, with the
calendar names and abbreviations every stage shares (``retold.lang``) and the given
names of ``data/first_names.toml`` (their gender, their short forms).

Nothing is cached at module level: callers load a lexicon once (the options of a
stage do) and pass it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from retold.data import load_data
from retold.lang import (
    ABBREVIATIONS,
    MONTH_SHORT_FORMS,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAY_SHORT_FORMS,
)

VerbKind = Literal["say", "announce", "tell", "urge", "quote"]
CLAUSE_OPENERS = (["that"], [":"], [","], ["“"], ['"'])


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word lists as sets of lower-case strings (multi-word entries as word tuples)."""

    verbs: dict[tuple[str, ...], VerbKind]  # form (as words) -> kind
    verb_first_words: frozenset[str]
    base_forms: frozenset[tuple[str, ...]]  # verbs only after "to" or an auxiliary
    base_after: frozenset[str]
    noun_like: frozenset[tuple[str, ...]]
    not_after: frozenset[str]
    quoted_as: frozenset[str]  # 'quoted X as saying': the word before the quoted one's verb
    after_quote: frozenset[tuple[str, ...]]  # manner verbs: a cue only beside a quotation
    verb_group: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    document_words: frozenset[str]
    issuing: frozenset[str]  # verb forms that issue a document ('released'), particles
    authored: frozenset[str]  # documents whose words are their author's ('memo', 'ad')
    authoring: frozenset[str]  # 'written' of 'a memo written by X'
    issuer_bodies: frozenset[str]  # 'campaign' of "Berg's campaign posted an ad"
    voices: frozenset[str]  # who reads a document out ('narrator'): not its speaker
    particles: frozenset[str]  # no verb among issuing words ('and later deleted')
    content: frozenset[str]  # 'titled' of 'a memo titled': what a document says follows
    pronouns: dict[str, str]  # pronoun -> "m" | "f"
    possessive_pronouns: dict[str, str]  # 'his' -> "m"
    refers_to_person: frozenset[str]  # 'he', 'his': the clause speaks of a person
    refers_to_thing: frozenset[str]  # 'it', 'its': ... of a thing
    titles: frozenset[str]
    person_roles: frozenset[str]
    kin: frozenset[str]  # family roles: 'the daughter of X' names X's relation
    unnamed_people: frozenset[str]
    person_nouns: frozenset[str]  # people that are no role ("a friend", "one supporter")
    person_words: frozenset[str]  # person_roles and person_nouns: a person's head noun
    # person_roles, organization_roles and unnamed_people: the head of a speaker phrase
    speaker_heads: frozenset[str]
    quantifiers: frozenset[str]  # "some", "many": no description of a speaker alone
    linked: frozenset[tuple[str, ...]]  # ("close", "to"): an adjective and its preposition
    # "former", "republican": tell a role's holders apart; each word -> its group
    # ("republican" -> {"republican", "gop"})
    distinguishing: dict[str, frozenset[str]]
    organization_roles: frozenset[str]
    outlet_nouns: frozenset[str]
    gendered: dict[str, str]
    generic_gendered: frozenset[str]  # 'spokesman': a given name outranks its gender
    role_synonyms: dict[str, frozenset[str]]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    generations: dict[str, str]  # 'elder', 'jr' -> 'elder' or 'younger'
    not_names: frozenset[str]
    organization_heads: frozenset[str]
    place_heads: frozenset[str]
    places: frozenset[str]
    place_prepositions: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    time_words: frozenset[str]
    lead_ins: tuple[tuple[str, ...], ...]
    speaker_blockers: frozenset[str]
    clause_subjects: frozenset[str]  # 'he', 'they': a reported clause starts there
    relative_words: frozenset[str]
    content_fillers: frozenset[str]
    addressees: frozenset[str]
    not_clause_start: frozenset[str]
    auxiliaries: frozenset[str]
    first_person: frozenset[str]  # 'I', 'me', 'my': a person speaking of themselves
    abbreviations: frozenset[str]
    scare_cues: tuple[tuple[str, ...], ...]
    inscription_cues: tuple[tuple[str, ...], ...]  # "a hat reading '...'": no speaker
    inscription_relatives: frozenset[str]  # "a memo that says: '...'": not the subject's
    speech_nouns: frozenset[str]  # 'answer', 'verdict': what a person says, as a thing
    promise_nouns: frozenset[str]  # 'a promise of "..."': the words themselves
    object_frames: dict[str, frozenset[str]]  # preposition ("" none) -> verbs ('as': dismissed)
    first_names: dict[str, str | None]  # folded given name -> "m" | "f" | None (either)
    nicknames: dict[str, str]  # folded short form -> folded given name ("chuck" -> "charles")
    transcript_furniture: frozenset[str]  # 'Update': a label before a colon that never speaks

    def verb_at(self, words: list[str], i: int, loose: bool = False) -> tuple[int, VerbKind] | None:
        """The reporting verb starting at ``words[i]``: (number of words, kind).

        ``loose``: right beside a quote, where "notes" or "states" can only be a verb,
        and a verb of manner ("continued", "barked") attributes the quote.
        """
        if loose:
            for size in (2, 1):
                if tuple(words[i : i + size]) in self.after_quote:
                    return size, "say"
        if words[i] not in self.verb_first_words:
            return None
        for size in (4, 3, 2, 1):
            form = tuple(words[i : i + size])
            kind = self.verbs.get(form) if len(form) == size else None
            if kind is None:
                continue
            if form in self.base_forms and (i == 0 or words[i - 1] not in self.base_after):
                return None
            if not loose and form in self.noun_like and not self._verb_frame(words, i + size, kind):
                return None
            return size, kind
        return None

    @staticmethod
    def _verb_frame(words: list[str], k: int, kind: VerbKind) -> bool:
        """Does a noun-like form ("states", "quotes") read as a verb before ``words[k]``?"""
        following = words[k : k + 1]
        return following in CLAUSE_OPENERS or (kind == "quote" and bool(following))

    def roles_match(self, a: str, b: str) -> bool:
        """Do two role words name the same position ("leader" ~ "president")?"""
        return a == b or b in self.role_synonyms.get(a, frozenset())


def _lower(values: list[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


def _dotted(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f"{form.casefold()}." for form in forms)


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(v.casefold().split()) for v in values), key=len, reverse=True))


def _verbs(entries: list[dict[str, Any]]) -> dict[tuple[str, ...], VerbKind]:
    verbs: dict[tuple[str, ...], VerbKind] = {}
    for entry in entries:
        for form in entry["forms"]:
            verbs[tuple(form.casefold().split())] = entry["kind"]
    return verbs


def _base_forms(entries: list[dict[str, Any]]) -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(form.casefold().split())
        for entry in entries
        if entry.get("base_only")
        for form in entry["forms"]
    )


def _synonyms(groups: list[list[str]]) -> dict[str, frozenset[str]]:
    result: dict[str, set[str]] = {}
    for group in groups:
        folded = [word.casefold() for word in group]
        for word in folded:
            result.setdefault(word, set()).update(folded)
    return {k: frozenset(v) for k, v in result.items()}


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the attribution lexicon (``data/speech.toml`` unless ``path`` is given)."""
    data = load_data("speech.toml", path)
    given = load_data("first_names.toml")
    people, names, sentences = data["people"], data["names"], data["sentences"]
    verbs = _verbs(data["verb"])
    roles = people["person_roles"] + people["kin"]  # a family role is a role too
    return Lexicon(
        verbs=verbs,
        verb_first_words=frozenset(form[0] for form in verbs),
        base_forms=_base_forms(data["verb"]),
        base_after=_lower(data["verb_frames"]["base_after"]),
        noun_like=frozenset(tuple(f.casefold().split()) for f in data["verb_frames"]["noun_like"]),
        not_after=_lower(data["verb_frames"]["not_after"]),
        quoted_as=_lower(data["verb_frames"]["quoted_as"]),
        after_quote=frozenset(
            tuple(f.casefold().split()) for f in data["verb_frames"]["after_quote"]
        ),
        verb_group=_lower(data["verb_frames"]["verb_group"]),
        according=_phrases(data["sources"]["according"]),
        document_words=_lower(data["sources"]["document_words"]),
        issuing=_lower(data["sources"]["issuing"]),
        authored=_lower(data["documents"]["authored"]),
        authoring=_lower(data["documents"]["authoring"]),
        issuer_bodies=_lower(data["documents"]["issuer_bodies"]),
        voices=_lower(data["documents"]["voices"]),
        particles=_lower(data["documents"]["particles"]),
        content=_lower(data["documents"]["content"]),
        pronouns={k.casefold(): v for k, v in data["pronouns"].items()},
        possessive_pronouns={k.casefold(): v for k, v in data["possessive_pronouns"].items()},
        refers_to_person=_lower(data["referring"]["person"]),
        refers_to_thing=_lower(data["referring"]["thing"]),
        titles=_lower(people["titles"]),
        person_roles=_lower(roles),
        kin=_lower(people["kin"]),
        unnamed_people=_lower(people["unnamed_people"]),
        person_nouns=_lower(people["person_nouns"]),
        person_words=_lower(roles + people["person_nouns"]),
        speaker_heads=_lower(roles + people["organization_roles"] + people["unnamed_people"]),
        quantifiers=_lower(people["quantifiers"]),
        linked=frozenset(_phrases(people["linked_adjectives"])),
        distinguishing=_synonyms(people["distinguishing"]),
        organization_roles=_lower(people["organization_roles"]),
        outlet_nouns=_lower(people["outlet_nouns"]),
        gendered={k.casefold(): v for k, v in data["gendered"].items() if k != "generic"},
        generic_gendered=_lower(data["gendered"]["generic"]),
        role_synonyms=_synonyms(people["role_synonyms"]),
        name_particles=_lower(names["name_particles"]),
        name_suffixes=_lower(names["name_suffixes"]),
        generations={w.casefold(): g for g, words in names["generations"].items() for w in words},
        not_names=_lower(names["not_names"]),
        organization_heads=_lower(names["organization_heads"]),
        place_heads=_lower(names["place_heads"]),
        places=_lower(names["places"]),
        place_prepositions=_lower(names["place_prepositions"]),
        # every month form, with a period too ("jan", "jan."); weekdays by name or with a
        # period only: "Sun" and "Sat" alone are names and words as often as days
        months=frozenset(MONTHS) | _dotted(MONTH_SHORT_FORMS),
        weekdays=_lower(list(WEEKDAY_NAMES)) | _dotted(WEEKDAY_SHORT_FORMS),
        time_words=_lower(names["time_words"]),
        lead_ins=_phrases(sentences["lead_ins"]),
        speaker_blockers=_lower(sentences["speaker_blockers"]),
        clause_subjects=_lower(sentences["clause_subjects"]),
        relative_words=_lower(sentences["relative_words"]),
        content_fillers=_lower(sentences["content_fillers"]),
        addressees=_lower(sentences["addressees"]),
        not_clause_start=_lower(sentences["not_clause_start"]),
        auxiliaries=_lower(sentences["auxiliaries"]),
        first_person=_lower(sentences["first_person"]),
        abbreviations=ABBREVIATIONS,
        scare_cues=_phrases(data["scare"]["scare_cues"]),
        inscription_cues=_phrases(data["scare"]["inscription_cues"]),
        inscription_relatives=_lower(data["scare"]["inscription_relatives"]),
        speech_nouns=_lower(data["quoted_speech"]["speech_nouns"]),
        promise_nouns=_lower(data["quoted_speech"]["promise_nouns"]),
        object_frames={k: _lower(v) for k, v in data["quoted_speech"]["object_frames"].items()},
        first_names={
            **{n.casefold(): None for n in given["either"]},
            **{n.casefold(): "f" for n in given["female"]},
            **{n.casefold(): "m" for n in given["male"]},
        },
        nicknames={k.casefold(): v.casefold() for k, v in given["nicknames"].items()},
        transcript_furniture=_lower(data["transcript"]["furniture"]),
    )
