"""Two groups of coverage that headline different people are two stories."""

from __future__ import annotations

import zlib
from dataclasses import replace

import pytest

from helpers import make_article, partition
from retold.link import headlines
from retold.link.headlines import HeadlineOptions, Headlines, name_keys, sound_key
from retold.link.stories import StoryOptions, cluster_stories
from retold.records import Article

OFF = replace(StoryOptions(), headlines=HeadlineOptions(min_size=10**9))

_LEDES = (
    "{team} {role} {who} was arrested early {day} on suspicion of drunken driving, "
    "the Coastal Highway Patrol said.",
    "Police stopped {who} of the {team} for speeding on the coast road early {day} "
    "and arrested the {role} on suspicion of driving under the influence.",
    "The {team} said on {day} they were aware that {role} {who} had been arrested "
    "on suspicion of drunken driving.",
    "{who}, the {team} {role}, faces a drunken driving charge after a patrol officer "
    "pulled him over early {day}.",
    "A blood test is pending for {team} {role} {who}, who was arrested on suspicion "
    "of drunken driving early {day}.",
)
_BODY = (
    "Officer {officer} of the Coastal Highway Patrol said the {role} was pulled over "
    "{place} shortly after {hour} in the morning. "
    "{who} {booked}. "
    "{statement} "
    "{extra} "
    "The {team} play their next league match against the {rival} on Sunday."
)
_DETAILS = (
    {
        "officer": "Dana Pruitt",
        "place": "near the harbour bridge",
        "hour": "two",
        "rival": "Northport Mariners",
        "booked": "was booked into the county jail and released on bail a few hours later",
        "statement": "General manager Colm Sayer said in a statement that the club was "
        "disappointed and would let the legal process run its course.",
        "extra": "The league will wait for the court before it considers any suspension.",
    },
    {
        "officer": "Lee Okafor",
        "place": "on the ring road by the old docks",
        "hour": "three",
        "rival": "Eastgate Rovers",
        "booked": "spent the night in a holding cell and appeared before a magistrate on Monday",
        "statement": "Colm Sayer, the general manager, told reporters the defender had let "
        "his team mates down.",
        "extra": "The league will wait for the court before it considers any suspension. "
        "His blood alcohol level was twice the legal limit, the patrol said.",
    },
)
_HEADLINES = (
    "{team}' {who} arrested on suspicion of drunken driving",
    "{who} faces drunken driving charge",
    "{team} {role} {who} arrested after traffic stop",
    "{team} {role} arrested for drunken driving",
    "{who} arrested, club disappointed",
)


def _event(
    prefix: str, who: str, role: str, day: str, details: int = 0, earlier: str = ""
) -> list[Article]:
    out = []
    for k, (lede, headline) in enumerate(zip(_LEDES, _HEADLINES, strict=True)):
        fill = {"team": "Harbour City Gulls", "who": who, "role": role, "day": day}
        fill.update(_DETAILS[details])
        body = lede.format(**fill) + "\n\n" + _BODY.format(**fill)
        if earlier:
            body += "\n\n" + earlier
        out.append(make_article(body, f"{prefix}{k}", f"Outlet {k}", title=headline.format(**fill)))
    return out


def _two_arrests() -> tuple[list[Article], list[Article]]:
    first = _event("b", "Tomas Brenner", "goalkeeper", "Tuesday")
    retold = (
        "It is the second such arrest at the club in less than a month: goalkeeper "
        "Tomas Brenner was arrested on suspicion of drunken driving in January and is "
        "due in court next week."
    )
    second = _event("k", "Ivo Kastler", "defender", "Sunday", details=1, earlier=retold)
    return first, second


def _stories(articles: list[Article], options: StoryOptions | None = None) -> set[frozenset[str]]:
    return partition(cluster_stories(articles, options))


def test_two_arrests_headlining_different_players_are_two_stories() -> None:
    first, second = _two_arrests()
    ids = ({a.id for a in first}, {a.id for a in second})
    assert _stories(first + second) == {frozenset(ids[0]), frozenset(ids[1])}
    # the texts alone are alike enough to be one story: the headline rule splits them
    assert _stories(first + second, OFF) == {frozenset(ids[0] | ids[1])}


def test_one_event_whose_headlines_vary_stays_one_story() -> None:
    articles = _event("b", "Tomas Brenner", "goalkeeper", "Tuesday")
    assert len(_stories(articles)) == 1


def test_headlines_refuse_only_when_both_sides_name_their_own_subject() -> None:
    jackson, williams, team = 1, 2, 3
    headline = [frozenset({jackson})] * 3 + [frozenset({williams})] * 3
    mentioned = [frozenset({jackson, team})] * 3 + [frozenset({williams, jackson, team})] * 3
    names = Headlines(headline, mentioned, HeadlineOptions())
    for keep, gone in ((0, 1), (0, 2), (3, 4), (3, 5)):
        names.merge(keep, gone)
    assert not names.allow(0, 3)
    assert names.allow(0, 3, average=0.85)  # strongly linked groups merge whatever they headline
    # once the first group mentions Williams too, the groups may merge
    aware = Headlines(headline, [m | {williams} for m in mentioned], HeadlineOptions())
    for keep, gone in ((0, 1), (0, 2), (3, 4), (3, 5)):
        aware.merge(keep, gone)
    assert aware.allow(0, 3)


def test_small_clusters_are_never_refused() -> None:
    names = Headlines(
        [frozenset({1}), frozenset({2})], [frozenset({1}), frozenset({2})], HeadlineOptions()
    )
    assert names.allow(0, 1)


_STRIKE_HEADLINES = (
    "Drones hit {city} power station overnight",
    "{city} without power after drone strike",
    "Night of explosions in {city}",
    "Air defence over {city} downs most drones",
    "Blackout in {city}: what we know",
)
_STRIKE_BODY = (
    "Drones struck a power station in {city} overnight, the city administration said, "
    "leaving several districts without electricity and heating. "
    "Air defence units downed most of the drones over {city}, mayor Rostyslav Hnatiuk "
    "said on his messaging channel. "
    "Repair crews from the Lisova grid company were working to restore power by evening. "
    "Residents of {city} spent the night in metro stations and basements, and three people "
    "were taken to hospital with injuries from falling debris. "
    "{variant}"
)


def _strike(
    prefix: str, city: str, extra: tuple[str, ...], body: str = _STRIKE_BODY
) -> list[Article]:
    return [
        make_article(
            body.format(city=city, variant=variant),
            f"{prefix}{k}",
            f"{prefix.upper()} outlet {k}",
            title=headline.format(city=city),
        )
        for k, (headline, variant) in enumerate(zip(_STRIKE_HEADLINES, extra, strict=True))
    ]


def test_outlets_spelling_a_name_two_ways_tell_one_story() -> None:
    extra = (
        "The grid operator called the attack the largest this winter.",
        "Schools in the city switched to remote lessons for the day.",
        "Officials urged residents to limit their use of electricity.",
        "Trams and trolleybuses were replaced by buses on several routes.",
        "The regional governor said a kindergarten was damaged.",
    )
    articles = _strike("u", "Kyiv", extra) + _strike("r", "Kiev", extra[::-1])
    assert len(_stories(articles)) == 1


def _spelling_groups() -> Headlines:
    """Three headlines naming Kyiv, three naming Kiev, each group's bodies its own spelling."""
    rows = [name_keys(["E:kyiv"], ["E:kyiv", "E:hnatiuk"]) for _ in range(3)]
    rows += [name_keys(["E:kiev"], ["E:kiev", "E:hnatiuk"]) for _ in range(3)]
    names = Headlines([h for h, _ in rows], [m for _, m in rows], HeadlineOptions())
    for keep, gone in ((0, 1), (0, 2), (3, 4), (3, 5)):
        names.merge(keep, gone)
    return names


def test_spellings_of_one_name_are_one_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _spelling_groups().allow(0, 3, average=0.5)
    # compared letter by letter, the two spellings would read as two subjects
    monkeypatch.setattr(headlines, "sound_key", lambda name: zlib.crc32(name.encode()))
    assert not _spelling_groups().allow(0, 3, average=0.5)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("zelensky", "zelenskyy"),
        ("zelenskiy", "zelenskyy"),
        ("gaddafi", "qaddafi"),
        ("kadhafi", "gaddafi"),
        ("odesa", "odessa"),
        ("kharkiv", "kharkov"),
    ],
)
def test_spellings_share_a_sound_key(one: str, other: str) -> None:
    assert sound_key(one) == sound_key(other)


def test_different_names_have_different_keys() -> None:
    keys = {sound_key(n) for n in ("jackson", "williams", "brenner", "kastler", "kyiv", "lviv")}
    assert len(keys) == 6
