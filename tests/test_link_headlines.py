"""Two groups of coverage that headline different people are two stories."""

from __future__ import annotations

import zlib
from dataclasses import replace

import pytest

from helpers import make_article, partition
from retold.link import headlines
from retold.link.headlines import HeadlineOptions, Headlines, sound_key
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
    "Officer Dana Pruitt of the Coastal Highway Patrol said the {role} was pulled over "
    "near the harbour bridge shortly after two in the morning. "
    "{who} was booked into the county jail and released on bail a few hours later. "
    "General manager Colm Sayer said in a statement that the club was disappointed and "
    "would let the legal process run its course. "
    "The league will wait for the court before it considers any suspension, a league "
    "spokesman said. "
    "The {team} play their next league match against the Northport Mariners on Sunday."
)
_HEADLINES = (
    "{team}' {who} arrested on suspicion of drunken driving",
    "{who} faces drunken driving charge",
    "{team} {role} {who} arrested after traffic stop",
    "{team} {role} arrested for drunken driving",
    "{who} arrested, club disappointed",
)


def _event(prefix: str, who: str, role: str, day: str, earlier: str = "") -> list[Article]:
    out = []
    for k, (lede, headline) in enumerate(zip(_LEDES, _HEADLINES, strict=True)):
        fill = {"team": "Harbour City Gulls", "who": who, "role": role, "day": day}
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
    second = _event("k", "Ivo Kastler", "defender", "Sunday", earlier=retold)
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


def _strike(prefix: str, city: str, extra: tuple[str, ...]) -> list[Article]:
    return [
        make_article(
            _STRIKE_BODY.format(city=city, variant=variant),
            f"{prefix}{k}",
            f"{prefix.upper()} outlet {k}",
            title=headline.format(city=city),
        )
        for k, (headline, variant) in enumerate(zip(_STRIKE_HEADLINES, extra, strict=True))
    ]


def test_outlets_spelling_a_name_two_ways_tell_one_story(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = (
        "The grid operator called the attack the largest this winter.",
        "Schools in the city switched to remote lessons for the day.",
        "Officials urged residents to limit their use of electricity.",
        "Trams and trolleybuses were replaced by buses on several routes.",
        "The regional governor said a kindergarten was damaged.",
    )
    articles = _strike("u", "Kyiv", extra) + _strike("r", "Kiev", extra[::-1])
    assert sound_key("kyiv") == sound_key("kiev")
    assert len(_stories(articles)) == 1
    # compared letter by letter, the two spellings would read as two events
    monkeypatch.setattr(headlines, "sound_key", lambda name: zlib.crc32(name.encode()))
    assert len(_stories(articles)) == 2


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
