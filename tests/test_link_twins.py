"""Topic twins: two bursts of coverage three weeks apart (link/twins.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import make_article, partition
from retold.link.stories import StoryOptions, cluster_stories
from retold.records import Article

FIRST = [
    (
        "Ferry runs aground with 180 people on board",
        "The Marrowby Ferries ship Silver Tern ran aground off Hollin Point on Tuesday morning "
        "with 180 passengers on board. No one was hurt, and the coastguard brought everyone ashore "
        "by lifeboat. Marrowby chief executive Odile Fennimore said the company would find out "
        "what went wrong. Harbour master Tobias Quayle said the tide was low when the ship struck.",
    ),
    (
        "Passengers rescued by lifeboat after ferry hits rocks",
        "Lifeboat crews rescued 180 passengers from the Silver Tern after the Marrowby Ferries "
        "ship hit rocks off Hollin Point on Tuesday. The coastguard said no one was injured. "
        "Chief executive Odile Fennimore apologised to passengers and said the company would "
        "publish what it found. Harbour master Tobias Quayle watched the rescue from the pier.",
    ),
    (
        "Investigators board the stranded Silver Tern",
        "Marine accident investigators boarded the Silver Tern on Wednesday, a day after the "
        "Marrowby Ferries ship ran aground off Hollin Point with 180 passengers on board. "
        "Chief executive Odile Fennimore said the company would publish what it found, and "
        "harbour master Tobias Quayle said the rocks at Hollin Point were well marked.",
    ),
]

OTHER_SHIP = [
    (
        "Second Marrowby ferry in three weeks runs aground, Auk Rose stranded at Brackwater",
        "The Marrowby Ferries ship Auk Rose lost engine power and ran aground at Brackwater on "
        "Tuesday with 95 passengers on board, three weeks after the Silver Tern struck rocks. "
        "No one was hurt, and the coastguard brought the passengers ashore by lifeboat. Chief "
        "executive Odile Fennimore said two groundings were not acceptable. Brackwater pier "
        "keeper Aled Morrow said the Auk Rose drifted onto the rocks within minutes.",
    ),
    (
        "Auk Rose aground at Brackwater after engine failure",
        "Lifeboat crews took 95 passengers off the Auk Rose after the Marrowby Ferries ship "
        "ran aground at Brackwater on Tuesday. The coastguard said no one was injured. Chief "
        "executive Odile Fennimore said the company would find out what went wrong, as she "
        "promised after the Silver Tern grounding. Pier keeper Aled Morrow watched from the pier.",
    ),
    (
        "Brackwater grounding: Auk Rose engines to be inspected",
        "Engineers will inspect the engines of the Auk Rose after the Marrowby Ferries ship ran "
        "aground at Brackwater on Tuesday with 95 passengers on board, the second grounding in "
        "three weeks after the Silver Tern. Chief executive Odile Fennimore said the company "
        "would publish what it found. Pier keeper Aled Morrow said the Auk Rose had drifted.",
    ),
]

SAME_SHIP = [
    (
        "Silver Tern refloated three weeks after Hollin Point grounding",
        "The Marrowby Ferries ship Silver Tern was refloated on Tuesday, three weeks after she "
        "ran aground off Hollin Point with 180 passengers on board. Chief executive Odile "
        "Fennimore said the company would publish what it found. Salvage master Aled Morrow said "
        "the hull of the Silver Tern was less damaged than feared.",
    ),
    (
        "Silver Tern towed to dry dock after Hollin Point grounding",
        "Tugs towed the Silver Tern to dry dock on Tuesday, three weeks after the Marrowby "
        "Ferries ship hit rocks off Hollin Point with 180 passengers on board. The coastguard "
        "said the tow went smoothly. Chief executive Odile Fennimore said the company would "
        "find out what went wrong. Salvage master Aled Morrow said the Silver Tern was sound.",
    ),
    (
        "Marrowby refloats the Silver Tern",
        "Salvage crews refloated the Silver Tern on Tuesday, three weeks after the Marrowby "
        "Ferries ship ran aground off Hollin Point. Chief executive Odile Fennimore thanked "
        "the coastguard and the lifeboat crews. Salvage master Aled Morrow said the Silver Tern "
        "would be repaired before the summer timetable.",
    ),
]


def _bursts(later: list[tuple[str, str]]) -> list[Article]:
    """``FIRST`` on 6-7 May, ``later`` three weeks on (27-28 May)."""
    out = [
        make_article(body, f"f{k}", f"Outlet {k}", f"2025-05-0{6 + k % 2}", title=title)
        for k, (title, body) in enumerate(FIRST)
    ]
    out += [
        make_article(body, f"l{k}", f"Outlet {k}", f"2025-05-2{7 + k % 2}", title=title)
        for k, (title, body) in enumerate(later)
    ]
    return out


FIRST_IDS = frozenset({"f0", "f1", "f2"})
LATER_IDS = frozenset({"l0", "l1", "l2"})
ON = replace(StoryOptions(), twin_silence_days=14.0)


def test_a_second_ship_of_one_operator_three_weeks_later_is_another_story() -> None:
    result = cluster_stories(_bursts(OTHER_SHIP), ON)
    assert partition(result) == {FIRST_IDS, LATER_IDS}


def test_without_the_twin_rule_the_two_groundings_merge() -> None:
    """The texts link strongly enough to merge: the twin rule is what keeps them apart."""
    off = replace(StoryOptions(), twin_silence_days=float("inf"))
    assert partition(cluster_stories(_bursts(OTHER_SHIP), off)) == {FIRST_IDS | LATER_IDS}


@pytest.mark.parametrize("silence", [14.0, float("inf")])
def test_a_saga_whose_later_burst_headlines_the_same_ship_stays_one_story(silence: float) -> None:
    options = replace(StoryOptions(), twin_silence_days=silence)
    assert partition(cluster_stories(_bursts(SAME_SHIP), options)) == {FIRST_IDS | LATER_IDS}
