"""Write eval/probe/gold.json (the probe corpus's gold labels; stdlib only).

The probe corpus was written blind for issue 10: before its authors read retold's analysis,
compare or link code, so that its first scores are figures on text retold was not tuned on.
Labels follow examples/gold.json (see its meta.conventions).

    python3 eval/probe/build_gold.py && python3 examples/check_gold.py eval/probe/gold.json
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent

A1 = "wire/keelstone-2026-03-03-oban-ferry-aground.txt"
A2 = "web/newsharbor/ferry-aground-off-oban.txt"
A3 = "web/pulsefeed/ferry-smashes-into-rocks-off-scottish-island.txt"
A4 = "papers/northgate-daily/kerrera-ferry-aground.txt"
A5 = "papers/lorn-ledger/corran-star-kerrera-grounding.txt"
A6 = "feeds/scraped-articles.jsonl#cr-20260304-0215"
B1 = "papers/northgate-daily/brannock-dundee-bakery-closure.txt"
B2 = "wire/keelstone-2026-03-10-dundee-bakery-jobs.txt"
B3 = "web/pulsefeed/dundee-biscuit-factory-bombshell.txt"
B4 = "feeds/scraped-articles.jsonl#cr-20260311-0730"
B5 = "papers/tayside-gazette/kingsway-bakery-workers-shock.txt"
C1 = "papers/lorn-ledger/glen-arnish-craignure-engine-failure.txt"
C2 = "feeds/scraped-articles.jsonl#kw-20260324-1755"
C3 = "web/newsharbor/second-sulaire-ferry-aground-off-mull.txt"

OUTLETS = {
    "Keelstone Wire": ("wire agency", "keelstonewire.com", ["Keelstone Wire", "Keelstone"]),
    "NewsHarbor": ("wire republisher", "newsharbor.net", ["NewsHarbor"]),
    "PulseFeed": ("content farm", "pulsefeed.co", ["PulseFeed"]),
    "The Northgate Daily": ("national newspaper (UK)", "northgatedaily.co.uk", ["Northgate Daily"]),
    "The Lorn Ledger": (
        "regional weekly (Oban)",
        "lornledger.co.uk",
        ["Lorn Ledger", "the Ledger"],
    ),
    "The Capital Record": (
        "national newspaper (Scotland)",
        "capitalrecord.scot",
        ["Capital Record"],
    ),
    "Tayside Gazette": (
        "regional paper (Dundee)",
        "taysidegazette.co.uk",
        ["Tayside Gazette", "the Gazette"],
    ),
}


def art(
    outlet,
    title,
    published,
    story,
    body,
    *,
    boiler=(),
    credits=(),
    dup=None,
    copy_of=None,
    fmt="txt",
    dateline=None,
    context=(),
    framing=(),
    notes="",
):
    event = {"S1": "2026-03-03", "S2": "2026-03-10", "S3": "2026-03-24"}[story]
    return {
        "outlet": outlet,
        "title": title,
        "published": published,
        "event_date": event,
        "story": story,
        "dup_group": dup,
        "stale_reprint": False,
        "boilerplate": list(boiler),
        "body_must_contain": list(body),
        "credits": list(credits),
        "uncredited_copy_of": copy_of,
        "framing_terms": list(framing),
        "context_added": [{"text": t, "kind": "background"} for t in context],
        "scare_quotes": [],
        "reject": False,
        "format": fmt,
        "encoding": "utf-8",
        "dateline": dateline,
        "notes": notes,
    }


WIRE_FOOT = "(Reporting by Tomasz Wrenfield; Editing by Clara Voss)"
HARBOR = [
    "NewsHarbor",
    "Home › World › UK",
    "Share: Facebook | X | Email",
    "© 2026 NewsHarbor. All rights reserved.",
]
PULSE = [
    "PulseFeed",
    "Posted by PulseFeed Newsdesk | 2 min read",
    "You Might Also Like:",
    "Like this? Hit share! Facebook | X | Pinterest",
    "© 2026 PulseFeed Media. All Rights Reserved. | Privacy | DMCA",
]
LEDGER = [
    "THE LORN LEDGER",
    "Oban, Lorn and the Isles since 1888",
    "By Mhairi Dunlop, Islands Reporter",
    "Share this story: Facebook | X | Email",
    "Read more:",
    "© 2026 Lorn Ledger Ltd. All rights reserved.",
]
NORTHGATE = [
    "THE NORTHGATE DAILY",
    "Advertisement",
    "© 2026 Northgate Daily Media Ltd. All rights reserved.",
]

ARTICLES = {
    A1: art(
        "Keelstone Wire",
        "Ferry with 212 aboard runs aground off Oban; passengers taken off by lifeboat",
        "2026-03-03",
        "S1",
        [
            "The Corran Star, operated by Sulaire Ferries, left Oban at 7:15 a.m. for the island of Lismore and struck the Ferry Rocks shoal about 20 minutes later in light winds and good visibility."
        ],
        boiler=[
            "KEELSTONE WIRE | UK News",
            "March 3, 2026 5:48 PM GMT",
            "By Tomasz Wrenfield",
            WIRE_FOOT,
        ],
        dup="D1",
        dateline="Oban, Scotland",
        notes="S1 origin and D1 original.",
    ),
    A2: art(
        "NewsHarbor",
        "Ferry with 212 aboard runs aground off Oban; passengers taken off by lifeboat",
        "2026-03-03",
        "S1",
        [
            "Five passengers were treated in hospital for minor injuries, and one crew member was kept overnight with a suspected broken wrist."
        ],
        boiler=[
            *HARBOR,
            "Posted 2026-03-03 19:02",
            "— Keelstone Wire",
            "Trending now: Storm warning for Shetland | Petrol prices fall again | Curling team named",
        ],
        credits=["Keelstone Wire"],
        dup="D1",
        dateline="Oban, Scotland",
        notes="Verbatim copy of the wire, credited at the foot ('— Keelstone Wire').",
    ),
    A3: art(
        "PulseFeed",
        "Ferry SMASHES Into Rocks Off Scottish Island – Terrified Passengers Rescued",
        "2026-03-04",
        "S1",
        [
            "Five passengers needed hospital treatment for minor injuries, while a member of the crew was kept in overnight with what may be a broken wrist."
        ],
        boiler=[
            *PULSE,
            "date 2026-03-04 08:10",
            "Advertisement",
            "⚡ TRENDING: Celebrity chef's secret diet | 7 things your cat is trying to tell you | Weather chaos: your pictures",
            "→ 15 Photos Of Scottish Weather That Will Make You Stay Indoors",
            "→ Why Your Train Ticket Costs More Than A Flight",
        ],
        dup="D1",
        copy_of=A1,
        framing=["SMASHES", "Terrified"],
        notes="Uncredited rewrite of the wire sentence by sentence in other words; quotes kept, one negation dropped (Q3).",
    ),
    A4: art(
        "The Northgate Daily",
        "Ferry runs aground off Kerrera with more than 200 people on board",
        "2026-03-04",
        "S1",
        [
            "Five passengers went to hospital with minor injuries and a crew member stayed in overnight with a suspected broken wrist."
        ],
        boiler=[
            *NORTHGATE,
            "Wednesday 4 March 2026, 6:30 am",
            "Scotland › Transport",
            "By Northgate Daily reporters",
            "More from Scotland:",
            "• Edinburgh trams to run later at weekends from April",
            "• Aberdeen harbour expansion opens to cruise ships",
            "Sign up to the Northgate Daily morning briefing at northgatedaily.co.uk/briefing",
        ],
        credits=["Keelstone Wire"],
        dup="D1",
        context=[
            "Ferry reliability has been a recurring complaint on the west coast, where several island routes were cut back last summer because too few vessels were available to cover breakdowns and refits. Island business groups have warned that each cancelled crossing costs them trade at the start of the tourist season."
        ],
        notes="Credited rewrite of the wire ('Keelstone Wire reported', 'the agency reported').",
    ),
    A5: art(
        "The Lorn Ledger",
        "Kerrera grounding: islanders ask how the Corran Star left the channel",
        "2026-03-03",
        "S1",
        [
            "The Oban lifeboat was alongside by ten to eight.",
            "Sulaire has promised a chartered boat from Thursday.",
        ],
        boiler=[
            *LEDGER,
            "Tuesday 3 March 2026, 9:20 pm",
            "News › Oban › Ferries",
            "• Oban distillery plans new visitor centre",
            "• Kerrera tea room reopens for the season",
        ],
        notes="Independent report: quotes Okafor and McAlister in the wire's words (same briefing) and shares no other sentence. Split quote, truncation whose rest is paraphrased next (Q1), quote continued in a later sentence (Q10), multi-paragraph quote (Q13).",
    ),
    A6: art(
        "The Capital Record",
        "Minister demands answers after ferry runs aground off Kerrera",
        "2026-03-04",
        "S1",
        [
            "Transport Minister Calum Reid said he had spoken to the company's chief executive twice on Tuesday."
        ],
        credits=["The Lorn Ledger"],
        fmt="jsonl-record",
        notes="Independent; credits the Lorn Ledger for one fact (divers). Okafor quote cut with an ellipsis.",
    ),
    B1: art(
        "The Northgate Daily",
        "Brannock Biscuits plans to close Dundee bakery, putting 340 jobs at risk",
        "2026-03-10",
        "S2",
        [
            "Staff were called to a meeting in the bakery car park at 8am, where managers read out the statement before the morning shift started."
        ],
        boiler=[
            *NORTHGATE,
            "Tuesday 10 March 2026, 11:05 am",
            "Business › Scotland",
            "By Priya Caldwell, Business Correspondent",
            "More from Business:",
            "• Scottish house prices rise for a fifth month",
            "• Distillers warn over new export rules",
        ],
        dup="D2",
        context=[
            "Food manufacturing in Dundee has shrunk by about a third over the past decade as larger producers moved work to bigger plants in England and the Netherlands. The city lost 210 jobs when a frozen pizza factory in the Dryburgh industrial estate shut in 2023."
        ],
        notes="S2 origin and D2 original.",
    ),
    B2: art(
        "Keelstone Wire",
        "Scottish biscuit maker Brannock to shut Dundee plant unless buyer found",
        "2026-03-10",
        "S2",
        [
            "Brannock reported a pre-tax loss of £3.1 million on sales of £142 million in its most recent accounts, for the year to September 2025."
        ],
        boiler=[
            "KEELSTONE WIRE | Business News",
            "March 10, 2026 1:22 PM GMT",
            "By Hamish Ortega",
            "(Reporting by Hamish Ortega; Editing by Clara Voss)",
        ],
        dateline="Dundee, Scotland",
        notes="Independent wire report quoting the same statement and the same union words; not a copy.",
    ),
    B3: art(
        "PulseFeed",
        "BOMBSHELL For Dundee As Beloved Biscuit Factory Set To Close – Hundreds Of Jobs On The Line",
        "2026-03-11",
        "S2",
        [
            "Workers were summoned to a meeting in the car park at 8am, where managers read the statement out to them before the morning shift began."
        ],
        boiler=[
            *PULSE[:1],
            "Posted by PulseFeed Newsdesk | 3 min read",
            *PULSE[2:],
            "date 2026-03-11 07:45",
            "Advertisement",
            "⚡ TRENDING: Lottery couple's dream home | 9 foods you should never microwave | Spring sales: the best deals",
            "→ The Supermarket Biscuit That Tastes Exactly Like Homemade",
            "→ 10 Scottish Towns Where Houses Are Still Cheap",
        ],
        dup="D2",
        copy_of=B1,
        framing=["BOMBSHELL"],
        notes="Uncredited rewrite of the Northgate story; £40 million became £4 million in a quote (Q20).",
    ),
    B4: art(
        "The Capital Record",
        "Ministers to 'look at every option' for Dundee biscuit bakery",
        "2026-03-11",
        "S2",
        ["The company plans to move shortbread production to its second plant at Forfar in Angus."],
        credits=["Keelstone Wire"],
        fmt="jsonl-record",
        notes="Independent; credits Keelstone Wire for one fact (two buyers approached).",
    ),
    B5: art(
        "Tayside Gazette",
        "“Ten minutes in a car park”: Kingsway bakers count the cost of Brannock closure",
        "2026-03-11",
        "S2",
        [
            "The bakery’s shop on Kingsway, which sells broken biscuits by the bag, was busy on Tuesday afternoon as neighbours came in to show support."
        ],
        boiler=[
            "Wednesday 11 March 2026, 7:15 am",
            "TAYSIDE GAZETTE",
            "Dundee, Angus and Perthshire",
            "News › Dundee › Jobs",
            "By Callum Ferrie",
            "Share: Facebook | X | WhatsApp",
            "Got a story? Email newsdesk@taysidegazette.co.uk",
            "© 2026 Tayside Gazette. All rights reserved.",
        ],
        notes="Independent local report. Whitelaw's conditional cut to 'The bakery will close in September' (altered, Q21); Menon cut with an ellipsis (edited); multi-paragraph Baird quote with an extra sentence (Q25).",
    ),
    C1: art(
        "The Lorn Ledger",
        "Glen Arnish drifts onto rocks at Craignure after engine failure",
        "2026-03-24",
        "S3",
        [
            "No one was hurt.",
            "The Craignure Inn opened its function room on Tuesday night for passengers who had missed the last bus to Tobermory.",
        ],
        boiler=[
            *LEDGER,
            "Tuesday 24 March 2026, 8:40 pm",
            "News › Mull › Ferries",
            "• Mull mountain rescue team gets new base",
            "• Tobermory harbour fees to rise in April",
        ],
        notes="S3 origin story (topic twin of S1, three weeks later, same operator and chief executive). Recalls Okafor's S1 promise (Q1). Two partial quotes of one statement in one sentence (Q42).",
    ),
    C2: art(
        "Keelstone Wire",
        "Second Sulaire ferry in three weeks goes aground, this time off Mull",
        "2026-03-24",
        "S3",
        ["Mull councillor Fergus Drummond said residents were losing confidence in the service."],
        dup="D3",
        fmt="jsonl-record",
        dateline="Craignure, Scotland",
        notes="D3 original; independent of the Ledger. Quotes Okafor's S1 words (Q1).",
    ),
    C3: art(
        "NewsHarbor",
        "Second Sulaire ferry in three weeks goes aground, this time off Mull",
        "2026-03-24",
        "S3",
        ["Mull councillor Fergus Drummond said residents were losing confidence in the service."],
        boiler=[
            *HARBOR,
            "Posted 2026-03-24 19:30",
            "Additional reporting by Keelstone Wire.",
            "Trending now: Snow closes the A9 | Rangers sign Norwegian striker | Easter egg prices up 12%",
        ],
        credits=["Keelstone Wire"],
        dup="D3",
        dateline="Craignure, Scotland",
        notes="Verbatim copy of the wire record, credited at the foot ('Additional reporting by Keelstone Wire.').",
    ),
}


def o(article, text, fidelity, attribution, kind="direct", segments=None, multi=False):
    """One occurrence; a list as text is a split quote (or, with multi, a multi-paragraph one)."""
    occ = {"article": article, "kind": kind, "fidelity": fidelity, "attribution": attribution}
    if isinstance(text, list):
        occ["text"] = ("\n\n“" if multi else " ").join(text)
        occ["segments"] = text
        occ["multi_paragraph" if multi else "split"] = True
    else:
        occ["text"] = text
    return occ


def ind(article, text, fidelity, attribution):
    return o(article, text, fidelity, attribution, kind="indirect")


def q(speaker, story, canonical, occurrences, notes=""):
    kinds = {x["kind"] for x in occurrences}
    entry = {
        "speaker": speaker,
        "story": story,
        "type": "direct" if "direct" in kinds else "indirect_only",
        "canonical": canonical,
        "origin_article": occurrences[0]["article"],
        "occurrences": occurrences,
    }
    if notes:
        entry["notes"] = notes
    return entry


OK1 = "Our first thought is for the passengers and crew, and I am grateful to every lifeboat volunteer who came out this morning"
OK2 = "We will find out exactly how this happened, and we will publish what we find."
HULL = "The hull is holed in two places below the waterline, but she is stable and there is no fuel in the water"
SKIP = "There was a noise like a skip being dropped, and then everybody was on the floor,"
LINK = (
    "This is the only link many islanders have to the mainland, and people need to know it is safe,"
)
WL = "This is the hardest decision we have taken in our 112 years. The Kingsway site needs £40 million of work that the business cannot fund on its own"
CLOSE = "The bakery will close in September unless a buyer comes forward, and we are still talking to two interested parties,"
SB1 = "Three hundred and forty families found out this morning in a car park meeting that lasted ten minutes,"
SB2 = "That is not how you treat people who have given this company their working lives."
ENG = "The engine room lost power at ten past two"
TWO = "Two incidents in three weeks is not acceptable, and I am not going to pretend otherwise,"
EASTER = (
    "Every ship in our fleet will have its engines inspected before the Easter timetable starts."
)
FRIGHT = "People on this island are now frightened of a ferry they have used all their lives"
WIRE_OK = "Adaeze Okafor, chief executive of Sulaire Ferries, told reporters"

QUOTES = [
    q(
        "Adaeze Okafor",
        "S1",
        f"{OK1}. {OK2}",
        [
            o(A1, [OK1 + ",", OK2], "verbatim", WIRE_OK),
            o(A2, [OK1 + ",", OK2], "verbatim", WIRE_OK),
            o(A3, [OK1 + ",", OK2], "verbatim", "said Adaeze Okafor, who runs Sulaire Ferries"),
            o(
                A4,
                OK1 + ".",
                "edited",
                "Adaeze Okafor, the company’s chief executive, told reporters",
            ),
            o(
                A5,
                [
                    "Our first thought is for the passengers and crew,",
                    "and I am grateful to every lifeboat volunteer who came out this morning.",
                ],
                "edited",
                "Adaeze Okafor, Sulaire Ferries’ chief executive, told a briefing",
            ),
            o(A5, "We will find out exactly how this happened,", "edited", "she said"),
            ind(A5, "the company would make its findings public", "paraphrased", "adding"),
            o(
                A6,
                "Our first thought is for the passengers and crew ... I am grateful to every lifeboat volunteer,",
                "edited",
                "Ms Okafor said",
            ),
            ind(
                C1, "the company would publish what it found", "paraphrased", "Ms. Okafor promised"
            ),
            o(C2, OK2, "edited", "Okafor said"),
            o(C3, OK2, "edited", "Okafor said"),
        ],
        "The Ledger (A5) truncates the second sentence and paraphrases its rest in the next clause; "
        "S3 articles recall the promise (topic-twin trap).",
    ),
    q(
        "Adaeze Okafor",
        "S1",
        "The company had withdrawn the vessel from service and would run a replacement service to Lismore with a chartered boat from Thursday.",
        [
            ind(
                A1,
                "the company had withdrawn the vessel from service and would run a replacement service to Lismore with a chartered boat from Thursday",
                "verbatim",
                "Okafor said",
            ),
            ind(
                A2,
                "the company had withdrawn the vessel from service and would run a replacement service to Lismore with a chartered boat from Thursday",
                "verbatim",
                "Okafor said",
            ),
            ind(
                A3,
                "the ship had been taken out of service and that a chartered boat would cover the Lismore run from Thursday",
                "paraphrased",
                "She added",
            ),
            ind(
                A4,
                "Sulaire had taken the ship out of service and would charter a boat for the Lismore crossing from Thursday",
                "paraphrased",
                "She said",
            ),
        ],
    ),
    q(
        "Adaeze Okafor",
        "S1",
        "I do not believe the weather was a factor. It was a calm morning.",
        [
            o(
                A1,
                ["I do not believe the weather was a factor,", "It was a calm morning."],
                "verbatim",
                "she said",
            ),
            o(
                A2,
                ["I do not believe the weather was a factor,", "It was a calm morning."],
                "verbatim",
                "she said",
            ),
            o(
                A3,
                ["I believe the weather was a factor,", "It was a calm morning."],
                "altered",
                "Okafor said",
            ),
            o(A4, "I do not believe the weather was a factor,", "edited", "Ms. Okafor said"),
            o(A5, "I do not believe the weather was a factor,", "edited", "she said"),
        ],
        "PulseFeed drops the negation.",
    ),
    q(
        "Duncan McAlister",
        "S1",
        "The ship had been refloated on the evening high tide and towed to the North Pier.",
        [
            ind(
                A1,
                "the ship had been refloated on the evening high tide and towed to the North Pier",
                "verbatim",
                "Oban harbourmaster Duncan McAlister said",
            ),
            ind(
                A2,
                "the ship had been refloated on the evening high tide and towed to the North Pier",
                "verbatim",
                "Oban harbourmaster Duncan McAlister said",
            ),
            ind(
                A3,
                "The stricken vessel was pulled free when the tide came in on Tuesday evening and towed back to the North Pier",
                "paraphrased",
                "according to Oban harbourmaster Duncan McAlister",
            ),
            ind(
                A4,
                "the ship had been pulled off the rocks on Tuesday evening’s high tide and towed to the North Pier",
                "paraphrased",
                "Harbourmaster Duncan McAlister told Keelstone Wire",
            ),
        ],
    ),
    q(
        "Duncan McAlister",
        "S1",
        HULL + ".",
        [
            o(A1, HULL + ",", "verbatim", "McAlister said"),
            o(A2, HULL + ",", "verbatim", "McAlister said"),
            o(A3, HULL + ",", "verbatim", "he said"),
            ind(
                A4,
                "the hull was holed in two places but the ship was stable and no fuel had leaked",
                "paraphrased",
                "He said",
            ),
            o(A5, HULL + ",", "verbatim", "he said"),
        ],
        "The Ledger quotes the same words independently (same briefing).",
    ),
    q(
        "Duncan McAlister",
        "S1",
        "Divers would go down to the hull at first light on Wednesday.",
        [
            ind(
                A5,
                "divers would go down to the hull at first light on Wednesday",
                "verbatim",
                "He said",
            ),
        ],
    ),
    q(
        "Ewan Blackwood",
        "S1",
        "The ship had shuddered and then tilted to one side.",
        [
            ind(
                A1,
                "the ship had shuddered and then tilted to one side",
                "verbatim",
                "Passenger Ewan Blackwood, 58, who was travelling to Lismore for work, said",
            ),
            ind(
                A2,
                "the ship had shuddered and then tilted to one side",
                "verbatim",
                "Passenger Ewan Blackwood, 58, who was travelling to Lismore for work, said",
            ),
            ind(
                A3,
                "the ferry juddered and then keeled over to one side",
                "paraphrased",
                "Ewan Blackwood, 58, who was heading over to Lismore for work, said",
            ),
        ],
    ),
    q(
        "Ewan Blackwood",
        "S1",
        SKIP[:-1] + ".",
        [
            o(A1, SKIP, "verbatim", "he said"),
            o(A2, SKIP, "verbatim", "he said"),
            o(A3, SKIP, "verbatim", "he said"),
        ],
    ),
    q(
        "Iona Strachan",
        "S1",
        "Islanders would want answers quickly.",
        [
            ind(
                A1,
                "islanders would want answers quickly",
                "verbatim",
                "Iona Strachan, a local councillor who met passengers as they came ashore, said",
            ),
            ind(
                A2,
                "islanders would want answers quickly",
                "verbatim",
                "Iona Strachan, a local councillor who met passengers as they came ashore, said",
            ),
            ind(
                A3,
                "islanders would be demanding answers fast",
                "paraphrased",
                "Local councillor Iona Strachan, who was waiting for passengers as they stepped ashore, said",
            ),
        ],
    ),
    q(
        "Iona Strachan",
        "S1",
        LINK[:-1] + ".",
        [
            o(A1, LINK, "verbatim", "she said"),
            o(A2, LINK, "verbatim", "she said"),
            o(A3, LINK, "verbatim", "she said"),
            o(
                A5,
                "This is the only link many islanders have to the mainland,",
                "edited",
                "she said",
            ),
            o(A5, "People need to know it is safe.", "edited", "she added"),
        ],
        "The Ledger quotes the two halves in two sentences; neither is altered.",
    ),
    q(
        "Gregor Munro",
        "S1",
        "calm, cold and very well looked after by the ferry’s own crew",
        [
            o(
                A5,
                "calm, cold and very well looked after by the ferry’s own crew",
                "verbatim",
                "Its coxswain, Gregor Munro, said",
            ),
        ],
    ),
    q(
        "Adaeze Okafor",
        "S1",
        "The company had already spoken to the skipper and the two officers on the bridge.",
        [
            ind(
                A5,
                "the company had already spoken to the skipper and the two officers on the bridge",
                "verbatim",
                "Ms. Okafor said",
            ),
        ],
    ),
    q(
        "Alasdair Kerr",
        "S1",
        "I have crossed with him for years, and he knows every rock out there. Something went wrong on that bridge this morning. We want the investigators to tell us what, and we want them to tell us before the summer timetable starts.",
        [
            o(
                A5,
                [
                    "I have crossed with him for years, and he knows every rock out there.",
                    "Something went wrong on that bridge this morning. We want the investigators to tell us what, and we want them to tell us before the summer timetable starts,",
                ],
                "verbatim",
                "Mr Kerr said",
                multi=True,
            ),
        ],
    ),
    q(
        "Calum Reid",
        "S1",
        "I want to know why a ship on a four-mile crossing, in flat calm, ended up on the rocks. Islanders deserve a straight answer and they deserve it soon.",
        [
            o(
                A6,
                [
                    "I want to know why a ship on a four-mile crossing, in flat calm, ended up on the rocks,",
                    "Islanders deserve a straight answer and they deserve it soon.",
                ],
                "verbatim",
                "Mr Reid said",
            ),
        ],
    ),
    q(
        "Calum Reid",
        "S1",
        "He had spoken to the company's chief executive twice on Tuesday.",
        [
            ind(
                A6,
                "he had spoken to the company's chief executive twice on Tuesday",
                "verbatim",
                "Transport Minister Calum Reid said",
            ),
        ],
    ),
    q(
        "Calum Reid",
        "S1",
        "The Corran Star had passed its last inspection in January and the cause of the grounding was not yet known.",
        [
            ind(
                A6,
                "the Corran Star had passed its last inspection in January and that the cause of the grounding was not yet known",
                "verbatim",
                "Mr Reid rejected the claim, saying",
            ),
        ],
    ),
    q(
        "Ruth Gallacher",
        "S1",
        "The grounding showed the ageing state of the fleet.",
        [
            ind(
                A6,
                "the grounding showed the ageing state of the fleet",
                "verbatim",
                "Opposition transport spokeswoman Ruth Gallacher said",
            ),
        ],
    ),
    q(
        "Ruth Gallacher",
        "S1",
        "A third of the ships serving Scotland's islands were more than 25 years old and breakdowns had become routine.",
        [
            ind(
                A6,
                "a third of the ships serving Scotland's islands were more than 25 years old and that breakdowns had become routine",
                "verbatim",
                "She said",
            ),
        ],
    ),
    q(
        "Ruth Gallacher",
        "S1",
        "We have been warning about this for years. It is a miracle nobody was badly hurt.",
        [
            o(
                A6,
                [
                    "We have been warning about this for years,",
                    "It is a miracle nobody was badly hurt.",
                ],
                "verbatim",
                "she said",
            ),
        ],
    ),
    # ------------------------------------------------------------------ S2
    q(
        "Gordon Whitelaw",
        "S2",
        WL + ".",
        [
            o(B1, WL + ".", "verbatim", "Managing director Gordon Whitelaw said in a statement"),
            o(B2, WL + ",", "verbatim", "managing director Gordon Whitelaw said in a statement"),
            o(
                B3,
                WL.replace("£40", "£4") + ".",
                "altered",
                "managing director Gordon Whitelaw said",
            ),
            ind(
                B4,
                "the 1961 building needs £40 million spent on it",
                "paraphrased",
                "Managing director Gordon Whitelaw has said",
            ),
            o(B4, "the hardest decision we have taken in our 112 years", "edited", "he called it"),
        ],
        "PulseFeed turns £40 million into £4 million.",
    ),
    q(
        "Gordon Whitelaw",
        "S2",
        CLOSE[:-1] + ".",
        [
            o(B1, CLOSE, "verbatim", "he said"),
            o(B3, CLOSE, "verbatim", "he said"),
            o(
                B5,
                "The bakery will close in September,",
                "altered",
                "Brannock’s managing director, Gordon Whitelaw, said",
            ),
        ],
        "The Gazette cuts the condition ('unless a buyer comes forward'): a cut that changes the meaning.",
    ),
    q(
        "Gordon Whitelaw",
        "S2",
        "Production of shortbread would move to the company's smaller plant in Forfar, where 80 new jobs would be created over the next two years.",
        [
            ind(
                B1,
                "production of shortbread would move to the company’s smaller plant in Forfar, where 80 new jobs would be created over the next two years",
                "verbatim",
                "Mr Whitelaw said",
            ),
            ind(
                B3,
                "the shortbread lines would be moved to Brannock's smaller factory in Forfar, where 80 fresh jobs will be created over the next couple of years",
                "paraphrased",
                "Whitelaw said",
            ),
            ind(
                B5,
                "the company would keep shortbread production in Forfar, where it has a second plant",
                "paraphrased",
                "He said",
            ),
        ],
    ),
    q(
        "Gordon Whitelaw",
        "S2",
        "The company had been losing money on the Dundee site since 2023, when its energy bills doubled.",
        [
            ind(
                B2,
                "the company had been losing money on the Dundee site since 2023, when its energy bills doubled",
                "verbatim",
                "He said",
            ),
        ],
    ),
    q(
        "Shona Baird",
        "S2",
        "The company had given the workforce no warning.",
        [
            ind(
                B1,
                "the company had given the workforce no warning",
                "verbatim",
                "Shona Baird, the Tayside organiser of the Scottish Food and Drink Workers’ Union, said",
            ),
            ind(
                B3,
                "staff had been given no warning whatsoever",
                "paraphrased",
                "Union organiser Shona Baird, who covers Tayside for the Scottish Food and Drink Workers' Union, said",
            ),
            ind(
                B4,
                "the workforce had been given no warning of the decision",
                "paraphrased",
                "Union organiser Shona Baird said",
            ),
        ],
    ),
    q(
        "Shona Baird",
        "S2",
        SB1[:-1]
        + ". "
        + SB2
        + " We will be asking for every option to be looked at, including a sale to the workforce.",
        [
            o(B1, [SB1, SB2], "edited", "she said"),
            o(B2, [SB1, SB2], "edited", "Baird told Keelstone Wire"),
            o(B3, [SB1, SB2], "edited", "she said"),
            o(
                B5,
                [
                    SB1[:-1] + ".",
                    SB2
                    + " We will be asking for every option to be looked at, including a sale to the workforce,",
                ],
                "verbatim",
                "she said",
                multi=True,
            ),
        ],
        "Canonical is the Gazette's fuller version (three sentences over two paragraphs).",
    ),
    q(
        "Shona Baird",
        "S2",
        "The union would ask the Scottish Government to step in.",
        [
            ind(
                B2,
                "the union would ask the Scottish Government to step in",
                "verbatim",
                "Shona Baird, an official of the Scottish Food and Drink Workers' Union, said",
            ),
        ],
    ),
    q(
        "Shona Baird",
        "S2",
        "The union had asked for a meeting with the company's board within a week.",
        [
            ind(
                B5,
                "the union had asked for a meeting with the company’s board within a week",
                "verbatim",
                "Ms Baird said",
            ),
        ],
    ),
    q(
        "Ravi Menon",
        "S2",
        "The council would set up a taskforce with Skills Development Scotland to help workers find new jobs.",
        [
            ind(
                B1,
                "the council would set up a taskforce with Skills Development Scotland to help workers find new jobs",
                "verbatim",
                "Dundee City Council leader Ravi Menon said",
            ),
            ind(
                B3,
                "Dundee City Council would team up with Skills Development Scotland on a taskforce to get the workers into new jobs",
                "paraphrased",
                "Council leader Ravi Menon said",
            ),
        ],
    ),
    q(
        "Ravi Menon",
        "S2",
        "We will not let these skills and this history leave the city without a fight.",
        [
            o(
                B1,
                "We will not let these skills and this history leave the city without a fight,",
                "verbatim",
                "he said",
            ),
            o(
                B3,
                "We will not let these skills and this history leave the city without a fight,",
                "verbatim",
                "he said",
            ),
            o(
                B5,
                "We will not let these skills … leave the city without a fight,",
                "edited",
                "he told the Gazette",
            ),
        ],
        "The Gazette cuts 'and this history' with an ellipsis (edited, not altered).",
    ),
    q(
        "Ravi Menon",
        "S2",
        "He had spoken to the company on Tuesday afternoon and the council would look at whether it could help a buyer with the cost of the building.",
        [
            ind(
                B5,
                "he had spoken to the company on Tuesday afternoon and that the council would look at whether it could help a buyer with the cost of the building",
                "verbatim",
                "Mr Menon said",
            ),
        ],
    ),
    q(
        "Margaret Doig",
        "S2",
        "My mother worked there, my aunt worked there, but I never thought I’d be the one to see the lights go off.",
        [
            o(
                B5,
                [
                    "My mother worked there, my aunt worked there,",
                    "but I never thought I’d be the one to see the lights go off.",
                ],
                "verbatim",
                "she said",
            ),
        ],
    ),
    q(
        "Derek Lindsay",
        "S2",
        "The ovens had been patched up for a decade.",
        [
            ind(
                B5,
                "the ovens had been patched up for a decade",
                "verbatim",
                "Derek Lindsay, who retired from the maintenance team last year, said",
            ),
        ],
    ),
    q(
        "Derek Lindsay",
        "S2",
        "We were keeping them going with parts off eBay. Everybody on the floor knew the money wasn’t being spent.",
        [
            o(
                B5,
                [
                    "We were keeping them going with parts off eBay,",
                    "Everybody on the floor knew the money wasn’t being spent.",
                ],
                "verbatim",
                "he said",
            ),
        ],
    ),
    q(
        "Hannah Lusk",
        "S2",
        "Dundee has made biscuits for the world for over a century, and I want to look at every option to keep that going.",
        [
            o(B4, "look at every option", "edited", "Scotland's economy secretary said"),
            o(
                B4,
                "Dundee has made biscuits for the world for over a century, and I want to look at every option to keep that going,",
                "verbatim",
                "Ms Lusk told MSPs",
            ),
        ],
    ),
    q(
        "Hannah Lusk",
        "S2",
        "She had asked officials to meet the company and the union this week.",
        [
            ind(
                B4,
                "she had asked officials to meet the company and the union this week",
                "verbatim",
                "Economy Secretary Hannah Lusk, speaking in Holyrood, said",
            ),
        ],
    ),
    q(
        "Kirsty Anand",
        "S2",
        "She had written to the company asking it to delay the closure until a sale had been fully explored.",
        [
            ind(
                B4,
                "she had written to the company asking it to delay the closure until a sale had been fully explored",
                "verbatim",
                "Dundee West MSP Kirsty Anand, whose constituency includes the bakery, said",
            ),
        ],
    ),
    q(
        "Kirsty Anand",
        "S2",
        "Three hundred and forty families deserve better than a statement in a car park.",
        [
            o(
                B4,
                "Three hundred and forty families deserve better than a statement in a car park,",
                "verbatim",
                "Ms Anand said",
            ),
        ],
    ),
    # ------------------------------------------------------------------ S3
    q(
        "Niamh Fraser",
        "S3",
        f"{ENG}, but the crew had the anchor down within four minutes.",
        [
            o(
                C1,
                [ENG + ",", "but the crew had the anchor down within four minutes."],
                "verbatim",
                "she said",
            ),
            o(
                C2,
                f"{ENG}, but the crew had the anchor down within four minutes,",
                "verbatim",
                "pier master Niamh Fraser told Keelstone Wire",
            ),
            o(
                C3,
                f"{ENG}, but the crew had the anchor down within four minutes,",
                "verbatim",
                "pier master Niamh Fraser told Keelstone Wire",
            ),
        ],
    ),
    q(
        "Niamh Fraser",
        "S3",
        "The anchor had slowed the ship but could not hold her in the tide.",
        [
            ind(
                C1,
                "the anchor had slowed the ship but could not hold her in the tide",
                "verbatim",
                "She said",
            ),
        ],
    ),
    q(
        "Stuart Pennycook",
        "S3",
        "like somebody had pulled the plug",
        [
            o(
                C1,
                "like somebody had pulled the plug",
                "verbatim",
                "Stuart Pennycook, who was driving a lorry of salmon feed to Fionnphort, said",
            ),
        ],
    ),
    q(
        "Stuart Pennycook",
        "S3",
        "You could see the rocks coming and there was nothing anybody could do about it.",
        [
            o(
                C1,
                "You could see the rocks coming and there was nothing anybody could do about it,",
                "verbatim",
                "he said",
            ),
        ],
    ),
    q(
        "Adaeze Okafor",
        "S3",
        TWO[:-1] + ". " + EASTER,
        [
            o(
                C2,
                [TWO, EASTER],
                "verbatim",
                "Sulaire chief executive Adaeze Okafor told reporters",
            ),
            o(
                C3,
                [TWO, EASTER],
                "verbatim",
                "Sulaire chief executive Adaeze Okafor told reporters",
            ),
            o(C1, "not acceptable", "edited", "Ms. Okafor called the two groundings"),
            o(C1, "not going to pretend otherwise", "edited", "said she was"),
        ],
        "The Ledger quotes two fragments of the first sentence in one sentence; neither is altered.",
    ),
    q(
        "Adaeze Okafor",
        "S3",
        "Engineers from the company that built the ship's engines would arrive on Wednesday.",
        [
            ind(
                C1,
                "engineers from the company that built the ship’s engines would arrive on Wednesday",
                "verbatim",
                "She said",
            ),
        ],
    ),
    q(
        "Adaeze Okafor",
        "S3",
        "The company would bring in a smaller vessel on the Mull route from Thursday.",
        [
            ind(
                C2,
                "the company would bring in a smaller vessel on the Mull route from Thursday",
                "verbatim",
                "She said",
            ),
            ind(
                C3,
                "the company would bring in a smaller vessel on the Mull route from Thursday",
                "verbatim",
                "She said",
            ),
        ],
    ),
    q(
        "Fergus Drummond",
        "S3",
        "The island had lost patience.",
        [
            ind(
                C1,
                "the island had lost patience",
                "verbatim",
                "Fergus Drummond, who represents Mull on Argyll and Bute Council, said",
            ),
        ],
    ),
    q(
        "Fergus Drummond",
        "S3",
        FRIGHT + ". That is where we are.",
        [
            o(C1, [FRIGHT + ",", "That is where we are."], "verbatim", "Mr Drummond said"),
            o(C2, FRIGHT + ",", "edited", "Drummond said"),
            o(C3, FRIGHT + ",", "edited", "Drummond said"),
        ],
    ),
    q(
        "Fergus Drummond",
        "S3",
        "Residents were losing confidence in the service.",
        [
            ind(
                C2,
                "residents were losing confidence in the service",
                "verbatim",
                "Mull councillor Fergus Drummond said",
            ),
            ind(
                C3,
                "residents were losing confidence in the service",
                "verbatim",
                "Mull councillor Fergus Drummond said",
            ),
        ],
    ),
]

STORIES = {
    "S1": {
        "title": "The Sulaire Ferries ship Corran Star runs aground on the Ferry Rocks off Kerrera, near Oban, with 212 people on board",
        "event_date": "2026-03-03",
        "topic_twin": "S3",
        "origin_article": A1,
        "origin_outlet": "Keelstone Wire",
    },
    "S2": {
        "title": "Brannock Biscuits plans to close its Kingsway bakery in Dundee, 340 jobs at risk",
        "event_date": "2026-03-10",
        "topic_twin": None,
        "origin_article": B1,
        "origin_outlet": "The Northgate Daily",
    },
    "S3": {
        "title": "The Sulaire Ferries ship Glen Arnish loses power and drifts onto rocks at Craignure, Mull, three weeks after the Kerrera grounding",
        "event_date": "2026-03-24",
        "topic_twin": "S1",
        "origin_article": C1,
        "origin_outlet": "The Lorn Ledger",
    },
}
DUPS = {
    "D1": {
        "story": "S1",
        "original": A1,
        "members": {A1: "original", A2: "verbatim", A3: "rewrite", A4: "rewrite"},
    },
    "D2": {"story": "S2", "original": B1, "members": {B1: "original", B3: "rewrite"}},
    "D3": {"story": "S3", "original": C2, "members": {C2: "original", C3: "verbatim"}},
}


def main() -> None:
    quotes = [{"id": f"Q{n}", **entry} for n, entry in enumerate(QUOTES, 1)]
    for sid, story in STORIES.items():
        story["articles"] = [k for k, a in ARTICLES.items() if a["story"] == sid]
    write_gold(
        HERE,
        name="retold probe corpus (issue 10)",
        description="Written blind for issue 10, before reading retold's analysis, compare and link code: three invented news events (two ferry groundings on Scotland's west coast three weeks apart, a Dundee bakery closure) told by seven invented outlets. People, outlets, companies and ships are invented; real places and public bodies appear only as setting.",
        schema="Same schema and conventions as examples/gold.json (meta.conventions there).",
        outlets={
            k: {"type": t, "domain": d, "aliases": al} for k, (t, d, al) in OUTLETS.items()
        },
        articles=ARTICLES,
        stories=STORIES,
        quotes=quotes,
        dup_groups=DUPS,
        by_format=dict(collections.Counter(a["format"] for a in ARTICLES.values())),
    )


if __name__ == "__main__":
    main()
