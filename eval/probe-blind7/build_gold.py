"""Write eval/probe-blind7/gold.json (the seventh blind probe's gold labels; stdlib only).

Fourteen invented US political news articles, written blind for issue 10 (before their author read
retold's analysis, compare or link code), so that the first scores on them are figures on text retold
was not tuned on. Three invented events: a Wisconsin state senator's resignation over a lobbying
scandal (S1), the Toledo city council's vote on a civilian police review board after a packed
hearing (S2), and a presidential candidate's town hall in rural Cass County, Iowa (S3).

The gold lists every quotation-marked statement of four or more words with its speaker (``speaker``:
the person or organisation; ``speaker_key``: the head name, a surname or an organisation's last word;
empty for an unknowable source such as a chant, a sign or a heckler). Each occurrence says whether a
speech verb sits in the quote's own sentence (``cued``): ``C`` below marks cued quotes, ``U`` quotes
with none (a quote-only paragraph, a second sentence after the attribution, a colon lead-in without
a verb, a transcript line, a quote after narration). Occurrences of one speaker's same words (or a
sub-part of them) in several articles form one statement. Labels follow examples/gold.json
(see its meta.conventions).

    python3 eval/probe-blind7/build_gold.py && python3 examples/check_gold.py eval/probe-blind7/gold.json
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent

OUTLETS = {
    "Meridian Press": ("wire agency", "meridianpress.com", ["Meridian Press", "Meridian"]),
    "The Lakeshore Tribune": (
        "metropolitan broadsheet (Milwaukee)",
        "lakeshoretribune.com",
        ["Lakeshore Tribune", "the Tribune"],
    ),
    "The Forward Dispatch": (
        "progressive blog (Wisconsin)",
        "forwarddispatch.com",
        ["the Dispatch"],
    ),
    "The Brookfield Sun": ("local paper (Brookfield, Wis.)", "brookfieldsun.com", ["the Sun"]),
    "NCN": ("cable news website", "ncn.com", ["NCN"]),
    "The Maumee Courier": ("local daily (Toledo)", "maumeecourier.com", ["the Courier"]),
    "The Liberty Ledger": ("conservative blog", "libertyledger.com", ["the Ledger"]),
    "The Capital Standard": (
        "national broadsheet",
        "capitalstandard.com",
        ["Capital Standard", "the Standard"],
    ),
    "Cass County Herald": ("local weekly (Atlantic, Iowa)", "casscountyherald.com", ["the Herald"]),
    "The Plains Review": ("magazine", "plainsreview.com", ["Plains Review"]),
}

STORIES = {
    "S1": (
        "Wisconsin state Sen. Douglas Fairleigh (R-Brookfield) resigns after reports that a lobbying firm for a payday lender paid his wife's consulting firm $212,000",
        "2027-03-16",
        "wire/meridian-2027-03-16-wisconsin-senator-resigns.txt",
    ),
    "S2": (
        "The Toledo City Council votes 8-4 after a six-hour hearing to create a civilian police review board",
        "2027-05-12",
        "wire/meridian-2027-05-12-toledo-police-oversight-vote.txt",
    ),
    "S3": (
        "Former Missouri Gov. Walter Ashby, a Democratic presidential candidate, holds a town hall at the Cass County Fairgrounds in Atlantic, Iowa",
        "2027-08-21",
        "wire/meridian-2027-08-21-ashby-iowa-town-hall.txt",
    ),
}

# Who speaks: id -> the speaker as named (the key is its last word unless given).
PEOPLE = {
    # S1, Wisconsin
    "FAIR": "Douglas Fairleigh",  # state senator, R-Brookfield, 63
    "EFAIR": "Ellen Fairleigh",  # his wife; same surname
    "KFAIR": "Kyle Fairleigh",  # their son, a county supervisor; same surname
    "BRAND": "Carol Brandvold",  # Senate majority leader, R-Eau Claire
    "HAUG": "Kristin Haugland",  # state senator, R-Wausau
    "TOLL": "Marcus Tolliver",  # Senate minority leader, D-Milwaukee
    "RIIS": "Annette Riis",  # governor
    "VOIGT": "Tamsin Voigt",  # lobbyist (her memos speak)
    "SILVESTRI": "Renata Silvestri",  # Voigt's attorney
    "CREST": "Crestline Strategies",  # her firm's statement
    "QUIST": "Bernard Quist",  # Fairleigh's attorney
    "MARSH": "Jenna Marsh",  # Fairleigh's chief of staff
    "PRESS": "Howard Pressler",  # Ethics Commission administrator
    "ESTEV": "Lorna Estevez",  # watchdog group director
    "GOP": "The Wisconsin Republican Party",  # a post on X
    "DORSEY": "Phil Dorsey",
    "LUTZ": "Marjorie Lutz",  # her yard sign speaks
    "JASK": "Tim Jaskolski",
    "FAROUK": "Nadia Farouk",
    "BRENNER": "Lyle Brenner",
    # S2, Toledo
    "HOBBS": "Darnell Hobbs",
    "SZYM": "Frank Szymanski",
    "QUINT": "Rosa Quintero",
    "ARMI": "Celeste Armistead",  # mayor (also her office's statement)
    "YOSHIDA": "Brent Yoshida",  # her spokesman
    "KESS": "Warren Kessler",  # police chief (his letter speaks)
    "RUDNIK": "Gary Rudnik",  # police union president
    "MOTEN": "Alicia Moten",
    "BMOTEN": "Bernice Moten",  # her mother; same surname
    "AMBLER": "Keith Ambler",
    "GREER": "Lionel Greer",
    "PETRAKIS": "Owen Petrakis",
    "DELANEY": "Marcia Delaney",  # cable host, transcript lines
    "KELLER": "Dana Kellerman",  # Rep., D-Ohio
    "STRODE": "Jim Strode",  # Rep., R-Ohio
    "COALITION": "The Ohio Justice Coalition",  # a fundraising email
    # S3, Iowa
    "ASHBY": "Walter Ashby",  # former governor, 71
    "JASHBY": "June Ashby",  # his wife; same surname
    "VAIL": "Preston Vail",  # real estate developer (his ad and his post speak)
    "LINDQ": "Chad Lindqvist",  # Vail's spokesman
    "HEND": "Gail Hendricks",  # Sen., D-Vt.
    "BACH": "Roy Bachman",  # Sen., R-Ohio
    "FERRIS": "Naomi Ferris",  # Ashby's spokeswoman
    "STROUD": "Beverly Stroud",  # county party chairwoman
    "KRUSE": "Dale Kruse",
    "LKRUSE": "Linda Kruse",  # his wife; same surname
    "VEGA": "Marisol Vega",
    "AMUNDSEN": "Ted Amundsen",
    "BRUNING": "Hannah Bruning",
    "ELLSTROM": "Roger Ellstrom",
    "NCNORG": "NCN",  # the cable network, quoted by a blog
}


def C(who, text, cue=""):
    """A quote with a speech verb in its own sentence; who is a PEOPLE id, or None with the
    cue that introduces an unknowable source's words."""
    return (who, text, True, cue)


def U(who, text, cue=""):
    """A quote with no speech verb in its sentence."""
    return (who, text, False, cue)


def art(outlet, title, published, story, *, dateline, boiler, quotes, credits=(), scare=()):
    return {
        "outlet": outlet,
        "title": title,
        "published": published,
        "event_date": STORIES[story][1],
        "story": story,
        "dup_group": None,
        "stale_reprint": False,
        "boilerplate": list(boiler),
        "body_must_contain": [],
        "credits": list(credits),
        "uncredited_copy_of": None,
        "framing_terms": [],
        "context_added": [],
        "scare_quotes": list(scare),
        "reject": False,
        "format": "txt",
        "encoding": "utf-8",
        "dateline": dateline,
        "notes": "",
        "quotes": list(quotes),
    }


ARTICLES = {
    "wire/meridian-2027-03-16-wisconsin-senator-resigns.txt": art(
        "Meridian Press",
        "Wisconsin state senator resigns amid lobbying inquiry",
        "2027-03-16",
        "S1",
        dateline="Madison, Wis.",
        boiler=[
            "MERIDIAN PRESS | U.S. Politics",
            "March 16, 2027 4:12 PM CDT",
            "By Owen Castellano",
            "(Reporting by Owen Castellano; Editing by Rhea Mandel)",
        ],
        credits=["The Lakeshore Tribune"],
        quotes=[
            C(
                "FAIR",
                "I have concluded that I cannot serve the people of the 33rd District and defend my family's name at the same time,",
            ),
            U("FAIR", "I will do the second, and someone else should do the first."),
            C(
                "PRESS",
                "A resignation changes who holds the seat. It does not change what the records show,",
            ),
            C(
                "BRAND",
                "with regret and with the understanding that it was the right decision for the Senate.",
            ),
            C(
                "TOLL",
                "One resignation is not an investigation. Wisconsin deserves to know who else was paid, and for what.",
            ),
            C("RIIS", "The people of the 33rd deserve a senator whose only client is them,"),
            C(
                "CREST",
                "ordinary fees for research and event planning that were properly documented.",
            ),
            C("QUIST", "has cooperated fully and will continue to."),
            C("QUIST", "Doug made a decision for his family and for his party,"),
            U("QUIST", "Nobody should read anything more into it than that."),
            C("DORSEY", "I voted for him five times, and I'd like to know what I was voting for,"),
            U(
                "KFAIR",
                "My dad has given 20 years to this state and he's leaving with less money than he came in with. Think about that.",
            ),
        ],
    ),
    "papers/lakeshore-tribune/fairleigh-resigns-senate.txt": art(
        "The Lakeshore Tribune",
        "Fairleigh Resigns From Senate as Ethics Inquiry Widens",
        "2027-03-16",
        "S1",
        dateline="Madison",
        boiler=["Tuesday, March 16, 2027", "By Meredith Sandoval and Curtis Abney"],
        quotes=[
            C(
                "FAIR",
                "I've made mistakes of judgment, and I'm not going to make the Senate pay for them,",
            ),
            C("VOIGT", "Fairleigh carries this or nobody does,"),
            U("VOIGT", "Tamarack invoice approved, keep it under the research line."),
            C("EFAIR", "I wrote reports. I organized dinners. I kept every receipt,"),
            U("EFAIR", "Nobody has asked to see a single one of them."),
            C("HAUG", "He looked me in the eye and said no,"),
            C("BRAND", "dead for this session, and probably for good."),
            C("TOLL", "We sent this. Nobody answered it,"),
            C(
                "TOLL",
                "The public record shows a pattern of payments that no reasonable observer could call a coincidence,",
            ),
            C(
                "ESTEV",
                "You can run a quarter of a million dollars through a spouse's LLC and the form just says 'over $50,000,'",
            ),
            U("ESTEV", "Ranges hide exactly what voters need to see."),
            C("KFAIR", "My father is a good man who got careless with paperwork,"),
            U("KFAIR", "That's the whole story, and it will come out."),
        ],
    ),
    "web/forward-dispatch/fairleigh-quits-who-looked-away.txt": art(
        "The Forward Dispatch",
        "Fairleigh Quits. Now Let's Talk About Everyone Who Looked Away.",
        "2027-03-17",
        "S1",
        dateline=None,
        boiler=[
            "THE FORWARD DISPATCH",
            "March 17, 2027",
            "Posted by Jess Kowalczyk | Politics | 5 min read",
            "Share this post: Facebook | X | Email",
            "Comments (214)",
        ],
        credits=["The Lakeshore Tribune", "Meridian Press"],
        scare=["consulting", "event planning."],
        quotes=[
            U("VOIGT", "Fairleigh carries this or nobody does."),
            U(
                "GOP",
                "Doug Fairleigh did the honorable thing. Time to move on and get back to work for Wisconsin families.",
            ),
            U("HAUG", "He looked me in the eye and said no."),
            C("BRAND", "a sad day for the Senate and for Doug's family,"),
            U(
                "TOLL",
                "One resignation is not an investigation. Wisconsin deserves to know who else was paid, and for what.",
            ),
            C(
                "ESTEV",
                "The Ethics Commission can keep going, but it has four investigators for the whole state,",
            ),
            U("ESTEV", "Four. For 132 legislators and every lobbyist in Madison."),
            U(
                "KFAIR",
                "My dad has given 20 years to this state and he's leaving with less money than he came in with. Think about that.",
            ),
        ],
    ),
    "papers/brookfield-sun/33rd-district-reacts-fairleigh.txt": art(
        "The Brookfield Sun",
        "In Fairleigh's hometown, anger, loyalty and a race no one expected",
        "2027-03-18",
        "S1",
        dateline="Brookfield",
        boiler=[
            "THE BROOKFIELD SUN",
            "Thursday, March 18, 2027",
            "By Tessa Wojcik, Sun Staff Writer",
        ],
        credits=["The Lakeshore Tribune"],
        quotes=[
            C("LUTZ", "Thank you, Doug, for 20 good years,"),
            U(
                "LUTZ",
                "People are going to say what they're going to say. I know what kind of neighbor he's been.",
            ),
            C("MARSH", "spending time with his family and will not be giving interviews."),
            U(
                "EFAIR",
                "Someone called at two in the morning and asked if I'd enjoyed spending the money. That's where we are now.",
            ),
            C("KFAIR", "I'm not thinking about that this week,"),
            U("KFAIR", "This week I'm thinking about my mom."),
            U(
                "DORSEY",
                "I'm done giving people the benefit of the doubt because they're from here. He's from here, and look.",
            ),
            U("DORSEY", "Anybody who tells me this was a paperwork mistake can save their breath."),
            C("JASK", "I've known Doug a long time, and I'm sad about how this ended,"),
            U(
                "JASK",
                "But the voters of this district want a clean start, and I intend to give them one.",
            ),
            U(
                "FAROUK",
                "Two hundred and twelve thousand dollars. I fill prescriptions for people who take out those loans to pay for their insulin.",
            ),
            C("BRENNER", "This district votes for ideas, not for one man,"),
        ],
    ),
    "web/ncn/wisconsin-senator-fairleigh-lobbyist-responds.txt": art(
        "NCN",
        "Lobbyist at center of Wisconsin scandal breaks silence as senator's exit sparks GOP rift",
        "2027-03-17",
        "S1",
        dateline=None,
        boiler=[
            "NCN | Politics",
            "Updated 6:18 PM ET, Wed March 17, 2027",
            "By Jordan Ebersole, NCN",
        ],
        credits=["The Lakeshore Tribune"],
        quotes=[
            C(
                "SILVESTRI",
                "Ms. Voigt has never asked any public official to do anything in exchange for anything. Not once, not ever,",
            ),
            C("VOIGT", "under the research line."),
            C("SILVESTRI", "taken out of context by people with an agenda."),
            C(
                "BRAND",
                "The Ethics Commission is doing its job. The Senate doesn't need to put on a show on top of it,",
            ),
            U(
                "HAUG",
                "If we don't look at our own house, somebody else will, and they won't be as polite about it.",
            ),
            C("HAUG", "Silence from this chamber will be read, correctly, as indifference,"),
            C("TOLL", "two more than we had last month."),
            U("KFAIR", "Not today. Ask me in a week."),
            C("ESTEV", "a screen door on a submarine."),
        ],
    ),
    "wire/meridian-2027-05-12-toledo-police-oversight-vote.txt": art(
        "Meridian Press",
        "Toledo council creates civilian police oversight board after marathon hearing",
        "2027-05-12",
        "S2",
        dateline="Toledo, Ohio",
        boiler=[
            "MERIDIAN PRESS | U.S. News",
            "May 12, 2027 9:40 AM EDT",
            "By Danielle Okonjo",
            "(Reporting by Danielle Okonjo; Editing by Rhea Mandel)",
        ],
        quotes=[
            C(
                "HOBBS",
                "a place to go that isn't the same building as the people they're complaining about.",
            ),
            C(
                "HOBBS",
                "Tonight this city decided that trust is something you build, not something you demand,",
            ),
            C("ARMI", "a beginning, not a verdict on anyone."),
            C(
                "KESS",
                "Our officers do difficult work, and I'm confident that work will stand up to review,",
            ),
            U(
                "KESS",
                "What I will not accept is a process that assumes guilt before it looks at the facts.",
            ),
            C(
                "RUDNIK",
                "This board was written by people who have never worn a badge, for people who have already made up their minds,",
            ),
            C(
                "MOTEN",
                "I've read that internal affairs report 50 times. It was three pages long, and it never used my brother's name,",
            ),
            C(
                "AMBLER",
                "I've stood next to those officers at car wrecks and house fires. You don't know what they carry home at night,",
            ),
        ],
    ),
    "papers/maumee-courier/council-approves-police-review-board.txt": art(
        "The Maumee Courier",
        "After nearly eight hours and 140 speakers, council approves police review board",
        "2027-05-12",
        "S2",
        dateline="Toledo",
        boiler=[
            "THE MAUMEE COURIER",
            "Wednesday, May 12, 2027",
            "By Luis Arredondo, Courier City Hall Reporter",
        ],
        quotes=[
            U(None, "Pass it on, pass it on, pass it on.", "chant"),
            C("HOBBS", "This isn’t a win over anybody. It’s a promise to everybody,"),
            C(None, "No badge above the law.", "read"),
            C(
                "MOTEN",
                "I’ve read that internal affairs report 50 times. It was three pages long, and it never used my brother’s name,",
            ),
            U("BMOTEN", "We are not against the police. We are against not knowing."),
            U("AMBLER", "You don’t know what they carry home at night. I do."),
            U(
                "GREER",
                "I have buried young men from this neighborhood, and I have buried a police officer from this neighborhood. Both families sat in my pews. Both of them deserved the truth. This board is how we give it to them.",
            ),
            C(
                "KESS",
                "The Toledo Police Department will comply with any lawful ordinance this council passes,",
            ),
            U(
                "KESS",
                "I would ask only that the board’s members be trained before they are asked to judge.",
            ),
            C("RUDNIK", "on the table and staying there."),
            U(
                "SZYM",
                "We are going to lose good officers over this, and we are going to replace them with nobody.",
            ),
            U(
                "QUINT",
                "What got me was Mrs. Moten. ‘We are against not knowing.’ I kept hearing that.",
            ),
            U(
                "ARMI",
                "Tonight Toledo chose to see its police clearly, and I believe our officers will be better for it.",
            ),
            C(
                "PETRAKIS",
                "I just want the next kid who gets hurt on my corner to have somebody to call besides me,",
            ),
        ],
    ),
    "web/ncn/toledo-police-review-board-union-lawsuit.txt": art(
        "NCN",
        "Toledo police union weighs lawsuit after council creates civilian review board",
        "2027-05-12",
        "S2",
        dateline=None,
        boiler=[
            "NCN | Politics",
            "Updated 7:52 PM ET, Wed May 12, 2027",
            "By Priya Venkataraman, NCN",
        ],
        scare=["Evening Report."],
        quotes=[
            C(
                "RUDNIK",
                "Ohio law says discipline is bargained. This council just tried to un-bargain it in one night,",
            ),
            C(
                "HOBBS",
                "They're welcome to try. We had the city's lawyers read every line of this,",
            ),
            U(
                "DELANEY",
                "Councilman, what do you say to the officer who thinks this board is out to get him?",
            ),
            U(
                "HOBBS",
                "I'd say read the ordinance. There's nothing in it for a good officer to worry about.",
            ),
            U("DELANEY", "And if the courts side with the union?"),
            U("HOBBS", "Then we'll write it again, and we'll write it better."),
            U(
                "KELLER",
                "Accountability and public safety are not opposites. Proud of Toledo tonight.",
            ),
            C(
                "STRODE",
                "Toledo just put a target on the back of every cop in the city, and the suburbs are hiring,",
            ),
            U(
                "KELLER",
                "My colleague should spend less time scaring officers and more time funding them.",
            ),
            C(
                "YOSHIDA",
                "The mayor and the chief are on the same page. They both want this to work,",
            ),
            U("BMOTEN", "We are not against the police. We are against not knowing."),
        ],
    ),
    "web/liberty-ledger/toledo-council-turns-on-cops.txt": art(
        "The Liberty Ledger",
        "Toledo Council Turns On Its Own Cops at 1 A.M. While the City Sleeps",
        "2027-05-13",
        "S2",
        dateline=None,
        boiler=[
            "THE LIBERTY LEDGER",
            "May 13, 2027",
            "By Brad Hollister, Senior Editor",
            "Related: Chicago's Oversight Board Has Cost Taxpayers $90 Million. What Has It Delivered?",
        ],
        scare=["civilian review board"],
        quotes=[
            U(
                "SZYM",
                "We are going to lose good officers over this, and we are going to replace them with nobody.",
            ),
            C("SZYM", "These aren't rookies. One of them has 14 years on,"),
            C("RUDNIK", "a kangaroo court with a budget line"),
            U(
                "STRODE",
                "Toledo just put a target on the back of every cop in the city, and the suburbs are hiring.",
            ),
            U(
                "COALITION",
                "Toledo proved that when the people show up, the people win. Chip in $10 to bring this fight to every city in Ohio.",
            ),
            U("AMBLER", "You don't know what they carry home at night. I do."),
            C("HOBBS", "there's nothing in it for a good officer to worry about."),
            C("ARMI", "a beginning, not a verdict on anyone."),
        ],
    ),
    "wire/meridian-2027-08-21-ashby-iowa-town-hall.txt": art(
        "Meridian Press",
        "Ashby faces farmers' questions on trade, hospitals at rural Iowa town hall",
        "2027-08-21",
        "S3",
        dateline="Atlantic, Iowa",
        boiler=[
            "MERIDIAN PRESS | Campaign 2028",
            "August 21, 2027 6:05 PM CDT",
            "By Grant Eisley",
            "(Reporting by Grant Eisley; Editing by Rhea Mandel)",
        ],
        quotes=[
            C(
                "ASHBY",
                "I didn't come here because I think I'll win Cass County. I came because nobody else bothered to ask,",
            ),
            C(
                "KRUSE",
                "My soybean price dropped 18% the week the tariffs went up. What are you going to do about that, and don't tell me a study,",
            ),
            C("ASHBY", "without a plan for the people who pay for them first."),
            C("VEGA", "We had a baby born in a Casey's parking lot in March,"),
            C(
                "HEND",
                "Walter has spent his whole life in places like this. He doesn't need a map to find rural America,",
            ),
            C(
                "VAIL",
                "a career politician on a listening tour of places his party stopped listening to years ago.",
            ),
            C("LINDQ", "would bankrupt Medicare faster than anything Washington has tried yet."),
            C("ASHBY", "I'm 71, Ted, and you're 81, and you drove yourself here,"),
            U("ASHBY", "I think we'll both manage."),
            C("AMUNDSEN", "He answered the question. That's more than most of them do,"),
        ],
    ),
    "papers/capital-standard/ashby-iowa-rural-voters.txt": art(
        "The Capital Standard",
        "In a Republican Corner of Iowa, Ashby Tests a Theory of Rural Democrats",
        "2027-08-22",
        "S3",
        dateline="Atlantic, Iowa",
        boiler=["THE CAPITAL STANDARD", "Sunday, August 22, 2027", "By Eleanor Whitcomb-Diaz"],
        scare=["Face the Week"],
        quotes=[
            U(
                "LKRUSE",
                "Our daughter is a teacher in Des Moines and she can't afford a house in the town she teaches in. How is that going to change?",
            ),
            C(
                "ASHBY",
                "That's a long answer. The short one is, I don't know if I can fix it, but I know nobody's trying,",
            ),
            C("FERRIS", "We're not going to out-raise anybody. We can out-show-up them,"),
            C("VAIL", "Walter Ashby says he's one of us. Walter Ashby says a lot of things,"),
            C("VAIL", "I've built things in 14 states. Some guys just talk about building things,"),
            C("HEND", "Walter goes where the cameras don't,"),
            C("BACH", "a photo opportunity with hay bales"),
            U("BACH", "Preston doesn't pretend. That's the difference."),
            U("HEND", "I've been to Preston's penthouse. There aren't any farmers in it."),
            C("STROUD", "Forty in Cass County is like 4,000 in Polk County,"),
            C(
                "LKRUSE",
                "He listened, and he didn't pretend to know everything. I'll give him that,",
            ),
            U("LKRUSE", "My husband is harder to impress."),
        ],
    ),
    "papers/cass-county-herald/ashby-town-hall-fairgrounds.txt": art(
        "Cass County Herald",
        "Presidential hopeful Ashby draws 350 to fairgrounds",
        "2027-08-23",
        "S3",
        dateline=None,
        boiler=["CASS COUNTY HERALD", "Monday, August 23, 2027", "By Kurt Heflin, Herald Editor"],
        quotes=[
            C("ELLSTROM", "We had to turn on both big fans and open the livestock doors,"),
            U("ELLSTROM", "It was warm in there."),
            U("STROUD", "I printed 200 name tags. I ran out by six."),
            C("KRUSE", "better than I expected and not as good as I wanted."),
            U(
                "KRUSE",
                "He knows the difference between a combine and a tractor, which puts him ahead of some of them.",
            ),
            U("LKRUSE", "I've never talked into a microphone in my life. My hands were shaking."),
            C("VEGA", "He said the words 'Cass Health' out loud. I'm going to remember that,"),
            C(None, "Go back to Missouri!", "shouted"),
            U("ASHBY", "I'd love to. Missouri's beautiful in August. So is Iowa."),
            C(
                "BRUNING",
                "My parents are Republicans and I don't know what I am yet. I wanted to see one in person,",
            ),
            U("BRUNING", "He seemed like somebody's grandpa, in a good way."),
            U(
                "AMUNDSEN",
                "Somebody had to. I figured it might as well be somebody older than him.",
            ),
            C("FERRIS", "He'll be back before the snow. That's a promise,"),
        ],
    ),
    "web/plains-review/walter-ashby-listening-tour.txt": art(
        "The Plains Review",
        "The Last Retail Politician",
        "2027-08-30",
        "S3",
        dateline=None,
        boiler=[
            "THE PLAINS REVIEW",
            "August 30, 2027",
            "Walter Ashby is 71, trailing, and driving to every county that forgot his party. He thinks that's the whole point.",
            "By Nathaniel Orrick",
            "Share this story: Facebook | X | Email",
            "Nathaniel Orrick is a contributing writer for The Plains Review.",
        ],
        quotes=[
            C("JASHBY", "He does this every morning,"),
            U("JASHBY", "Forty-six years. I've heard more baseball than any woman in Missouri."),
            U("ASHBY", "We stopped showing up, and then we acted surprised that people noticed."),
            C("VAIL", "a career politician on a listening tour"),
            U("FERRIS", "We can't buy Iowa. We can visit it."),
            U(
                "KRUSE",
                "My soybean price dropped 18% the week the tariffs went up. What are you going to do about that, and don't tell me a study.",
            ),
            U(
                "ASHBY",
                "No study. I'd get on a plane to Tokyo and Seoul in my first month and I wouldn't come home with a press release, I'd come home with orders.",
            ),
            U("KRUSE", "They all say that."),
            U(
                "ASHBY",
                "They do. So write down what I said, and if I'm elected and I don't go, you call my office and read it back to me.",
            ),
            U(
                "ASHBY",
                "My mother delivered me in a farmhouse in Howell County because the nearest hospital was 50 miles away. That was 1956. It should not still be true.",
            ),
            C(
                "HEND",
                "Even if Walter doesn't win, somebody is going to have to do what he's doing, or we're going to keep losing these places for another 30 years,",
            ),
            C("BACH", "a photo opportunity with hay bales."),
            C("BACH", "Gail's a friend. She's wrong, but she's a friend,"),
            U(
                "BACH",
                "Walter Ashby will lose Cass County by 30 points, and then he'll tell us it was a moral victory.",
            ),
            C("JASHBY", "He's not tired. He never gets tired. That's what scares me,"),
            C("ASHBY", "She's been right about me since 1979,"),
        ],
    ),
    "web/liberty-ledger/ashby-hay-bale-tour-iowa.txt": art(
        "The Liberty Ledger",
        "Walter Ashby's Hay Bale Tour Rolls Into Iowa. Farmers Aren't Buying It.",
        "2027-08-24",
        "S3",
        dateline=None,
        boiler=[
            "THE LIBERTY LEDGER",
            "August 24, 2027",
            "By Brad Hollister, Senior Editor",
            "Related: Vail Leads Ashby by 14 in New Hampshire Poll",
        ],
        credits=["The Capital Standard", "NCN", "The Plains Review", "Cass County Herald"],
        scare=["listening tour"],
        quotes=[
            C("NCNORG", "a glimpse of what rural outreach could look like."),
            U("KRUSE", "They all say that."),
            U(
                "VAIL",
                "A career politician on a listening tour of places his party stopped listening to years ago. Iowa can smell it.",
            ),
            C("LINDQ", "would bankrupt Medicare faster than anything Washington has tried yet."),
            U(
                "LINDQ",
                "Every Democrat discovers rural hospitals in an election year. Preston Vail has actually built one.",
            ),
            C("BACH", "a photo opportunity with hay bales."),
            C("BACH", "about 20 years late"),
            C(
                "BACH",
                "Walter Ashby was governor of Missouri for eight years, and he spent six of them trying to close rural post offices,",
            ),
            C("HEND", "Walter goes where the cameras don't."),
            C(None, "Go back to Missouri!", "shouted"),
        ],
    ),
}


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def statements():
    """Group the occurrences into statements: one speaker's same words, or a sub-part of them."""
    groups = []  # [speaker id, [(article, text, cued)]]
    for key, a in ARTICLES.items():
        for who, text, cued, cue in a.pop("quotes"):
            w = " ".join(words(text))
            for g in groups:
                if g[0] == who and who and any(w in x or x in w for x in g[2]):
                    g[1].append((key, text, cued, cue))
                    g[2].add(w)
                    break
            else:
                groups.append([who, [(key, text, cued, cue)], {w}])
    return groups


def quote(n, who, occs):
    canonical = max((o[1] for o in occs), key=len)
    full = " ".join(words(canonical))
    speaker = PEOPLE[who] if who else ""
    occurrences = []
    for key, text, cued, cue in occs:
        body = (HERE / "corpus" / key).read_text(encoding="utf-8")
        surname = speaker.split()[-1] if speaker else ""
        occurrences.append(
            {
                "article": key,
                "text": text,
                "kind": "direct",
                "fidelity": "verbatim" if " ".join(words(text)) == full else "edited",
                "attribution": cue or (surname if surname in body else ""),
                "cued": cued,
            }
        )
    first = min(occs, key=lambda o: (ARTICLES[o[0]]["published"], o[0]))[0]
    return {
        "id": f"Q{n}",
        "speaker": speaker,
        "speaker_key": speaker.split()[-1] if speaker else "",
        "story": ARTICLES[first]["story"],
        "type": "direct",
        "canonical": canonical,
        "origin_article": first,
        "occurrences": occurrences,
    }


def main() -> None:
    quotes = [quote(n, who, occs) for n, (who, occs, _) in enumerate(statements(), 1)]
    stories = {
        sid: {
            "title": title,
            "event_date": date,
            "topic_twin": None,
            "origin_article": origin,
            "origin_outlet": ARTICLES[origin]["outlet"],
            "articles": [k for k, a in ARTICLES.items() if a["story"] == sid],
        }
        for sid, (title, date, origin) in STORIES.items()
    }
    write_gold(
        HERE,
        name="retold seventh blind probe: US political news, every attribution shape (issue 10)",
        description="Written blind for issue 10, before reading retold's analysis, compare and link code: fourteen invented US political news articles on three invented events (a Wisconsin state senator's resignation over a lobbying scandal, a Toledo city council vote on a police review board, a presidential candidate's town hall in rural Iowa) by ten invented outlets. People, outlets and organisations are invented; real states, cities and counties appear only as setting. Direct quotes only, with speakers; 'cued' says whether a speech verb sits in the quote's own sentence.",
        schema="Same schema and conventions as examples/gold.json (meta.conventions there); quotes carry speaker_key as the PolNeAR gold does, occurrences a 'cued' flag.",
        outlets={k: {"type": t, "domain": d, "aliases": al} for k, (t, d, al) in OUTLETS.items()},
        articles=ARTICLES,
        stories=stories,
        quotes=quotes,
    )


if __name__ == "__main__":
    main()
