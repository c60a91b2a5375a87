"""Write eval/probe-politics/gold.json (US political news, speakers; stdlib only).

The corpus was written blind for issue 10 (before its author read retold's analysis, compare or
link code): invented articles in the voices of US political outlets, so that the first scores on
them are figures on text retold was not tuned on. The point is speakers. Labels follow the newsdev
schema of examples/gold.json (meta.conventions there) with PolNeAR's ``speaker_key``:

* QUOTES lists, per article in reading order, every quotation-marked span (and every speech line
  of a printed transcript, ``BRIGHTWATER: ...``) as (who, statement, text[, "transcript"]): a
  list as text is a split quote (its pieces), a tuple a multi-paragraph one (its paragraphs).
  ``statement`` ties the same words across outlets into one gold statement.
* PEOPLE gives each ``who`` its speaker (the full name as the text gives it; for an organisation
  its name) and ``speaker_key`` (the surname; an organisation's head word). Where two speakers
  share a surname (husband and wife, father and son, two sisters) the key is None, so that only
  the right full name counts.
* Words in quotation marks that are nobody's statement (a program's name, a term of a rule, a
  sign's slogan) are SCARE quotes.
* Fidelity is computed: 'verbatim' when an occurrence has the statement's fullest wording (case,
  marks and punctuation aside), else 'edited'.

    python3 eval/probe-politics/build_gold.py && python3 eval/probe-politics/check.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

STORIES = {
    "S1": ("2026-10-14", "Pennsylvania Senate debate: Sen. Marcus Okafor (D) and Dale Vance (R)"),
    "S2": ("2026-05-19", "Minnesota Gov. Karin Lindqvist vetoes the Iron Range mining bill"),
    "S3": ("2026-08-04", "House Ethics opens a probe of Rep. Nathan Greer over his wife's firm"),
}
OUTLETS = {
    "Allied Wire": ("wire agency", "alliedwire.com", ["Allied Wire"]),
    "The Chronicle-Standard": (
        "national broadsheet",
        "chroniclestandard.com",
        ["Chronicle-Standard"],
    ),
    "CapitolBeat": ("political news site", "capitolbeat.com", ["CapitolBeat"]),
    "UBN": ("cable news website", "ubn.com", ["UBN", "UBN.com"]),
    "The Red Lantern Report": ("partisan blog (right)", "redlanternreport.com", ["Red Lantern"]),
    "Bluewater Dispatch": ("partisan blog (left)", "bluewaterdispatch.com", ["Bluewater"]),
    "The Meridian Review": ("magazine", "meridianreview.com", ["Meridian Review"]),
    "The Lehigh Valley Courier": (
        "local paper (Pa.)",
        "lehighcourier.com",
        ["Lehigh Valley Courier"],
    ),
    "Duluth Northern Tribune": ("local paper (Minn.)", "duluthtribune.com", ["Northern Tribune"]),
    "The Coastal Georgian": ("local paper (Ga.)", "coastalgeorgian.com", ["Coastal Georgian"]),
}
# article key -> (outlet, story, published, outlets it credits)
ARTICLES = {
    "wire/allied/2026-05-19-minnesota-mining-veto.txt": ("Allied Wire", "S2", "2026-05-19", []),
    "blogs/red-lantern/lindqvist-sells-out-iron-range.txt": (
        "The Red Lantern Report",
        "S2",
        "2026-05-20",
        [],
    ),
    "papers/chronicle-standard/minnesota-governor-mining-veto-unions.txt": (
        "The Chronicle-Standard",
        "S2",
        "2026-05-20",
        [],
    ),
    "papers/duluth-tribune/range-reacts-lindqvist-mining-veto.txt": (
        "Duluth Northern Tribune",
        "S2",
        "2026-05-20",
        [],
    ),
    "web/capitolbeat/lindqvist-veto-override-math.txt": ("CapitolBeat", "S2", "2026-05-20", []),
    "papers/duluth-tribune/qa-speaker-tillery-override.txt": (
        "Duluth Northern Tribune",
        "S2",
        "2026-05-21",
        [],
    ),
    "wire/allied/2026-05-22-minnesota-override-fails.txt": ("Allied Wire", "S2", "2026-05-22", []),
    "wire/allied/2026-08-04-greer-ethics-probe.txt": (
        "Allied Wire",
        "S3",
        "2026-08-04",
        ["CapitolBeat"],
    ),
    "web/capitolbeat/greer-sutter-letter-ethics.txt": ("CapitolBeat", "S3", "2026-08-04", []),
    "web/ubn/greer-interview-wife-firm.txt": ("UBN", "S3", "2026-08-04", []),
    "blogs/bluewater/greer-wife-firm-receipts.txt": (
        "Bluewater Dispatch",
        "S3",
        "2026-08-05",
        ["CapitolBeat"],
    ),
    "papers/chronicle-standard/greer-ethics-family-business.txt": (
        "The Chronicle-Standard",
        "S3",
        "2026-08-06",
        [],
    ),
    "papers/coastal-georgian/greer-statesboro-town-hall.txt": (
        "The Coastal Georgian",
        "S3",
        "2026-08-07",
        [],
    ),
    "papers/coastal-georgian/ruiz-rally-savannah-greer.txt": (
        "The Coastal Georgian",
        "S3",
        "2026-08-09",
        [],
    ),
    "wire/allied/2026-10-14-pennsylvania-senate-debate.txt": (
        "Allied Wire",
        "S1",
        "2026-10-14",
        [],
    ),
    "web/ubn/pennsylvania-senate-debate-key-moments.txt": ("UBN", "S1", "2026-10-14", []),
    "papers/chronicle-standard/pennsylvania-senate-debate-okafor-vance.txt": (
        "The Chronicle-Standard",
        "S1",
        "2026-10-15",
        [],
    ),
    "blogs/red-lantern/vance-wipes-floor-with-okafor.txt": (
        "The Red Lantern Report",
        "S1",
        "2026-10-15",
        ["The Chronicle-Standard", "UBN"],
    ),
    "blogs/bluewater/okafor-calls-out-vance-mexico.txt": (
        "Bluewater Dispatch",
        "S1",
        "2026-10-15",
        ["Allied Wire"],
    ),
    "papers/lehigh-courier/lehigh-valley-voters-debate-watch.txt": (
        "The Lehigh Valley Courier",
        "S1",
        "2026-10-15",
        [],
    ),
    "magazines/meridian-review/the-senator-who-picks-up-the-phone.txt": (
        "The Meridian Review",
        "S1",
        "2026-10-20",
        [],
    ),
}
PEOPLE = {
    # S1: the Pennsylvania Senate debate
    "Okafor": ("Marcus Okafor", None),  # his father Samuel Okafor speaks too
    "OkaforSr": ("Samuel Okafor", None),
    "Vance": ("Dale Vance", None),  # his wife Celeste Vance speaks too
    "CVance": ("Celeste Vance", None),
    "Brightwater": ("Ellen Brightwater", "Brightwater"),
    "Castellanos": ("Priya Castellanos", "Castellanos"),
    "Farr": ("Liam Farr", "Farr"),
    "Whitcombe": ("Dana Whitcombe", "Whitcombe"),
    "Hagerman": ("Curtis Hagerman", "Hagerman"),
    "Pruitt": ("Althea Pruitt", "Pruitt"),
    "Kowalczyk": ("Ted Kowalczyk", "Kowalczyk"),
    "Mendes": ("Rosa Mendes", None),  # her sister Lucia Mendes speaks too
    "LMendes": ("Lucia Mendes", None),
    "Reyes": ("Dominic Reyes", "Reyes"),
    "Whitaker": ("Jalen Whitaker", "Whitaker"),
    "Oyelaran": ("Kendra Oyelaran", "Oyelaran"),
    "VanceCampaign": ("the Vance campaign", "campaign"),
    "OkaforCampaign": ("Okafor's campaign", "campaign"),
    "Anon1": ("a senior adviser", "adviser"),  # 'A senior Vance adviser': names no one
    "Anon2": ("a former field organizer", "organizer"),
    # S2: the Minnesota mining veto
    "Lindqvist": ("Karin Lindqvist", "Lindqvist"),
    "TilleryJr": ("Roy Tillery Jr.", None),  # his father Roy Tillery speaks too
    "TillerySr": ("Roy Tillery", None),
    "Maratos": ("Gus Maratos", "Maratos"),
    "Haugen": ("Brit Haugen", "Haugen"),
    "Ostby": ("Eric Ostby", "Ostby"),
    "Nakamura": ("June Nakamura", "Nakamura"),
    "Dahl": ("Wendell Dahl", "Dahl"),
    "Pavlik": ("Signe Pavlik", "Pavlik"),
    "Lahti": ("Pete Lahti", "Lahti"),
    "Kivela": ("Tom Kivela", "Kivela"),
    "Strand": ("Paula Strand", "Strand"),
    "Hale": ("Marcus Hale", "Hale"),
    "Arndt": ("Kelsey Arndt", "Arndt"),
    "GovOffice": ("Lindqvist's office", "office"),  # 'Her office released a statement'
    "Boreal": ("Boreal Metals", "Boreal"),
    "Anon3": ("One GOP strategist", "strategist"),
    # S3: the Greer ethics probe
    "Greer": ("Nathan Greer", None),  # his wife Lorraine Greer speaks too
    "LGreer": ("Lorraine Greer", None),
    "Sutter": ("Wade Sutter", "Sutter"),
    "Kessling": ("Arthur Kessling", "Kessling"),
    "Bellamy": ("Joanne Bellamy", "Bellamy"),
    "EthicsCommittee": ("Arthur Kessling and Joanne Bellamy", "Kessling"),  # a joint statement
    "Ruiz": ("Marisol Ruiz", "Ruiz"),
    "Abernathy": ("Tom Abernathy", "Abernathy"),
    "Pemberton": ("Hugh Pemberton", "Pemberton"),
    "Castellane": ("Nina Castellane", "Castellane"),
    "Crane": ("Bettye Crane", "Crane"),
    "Whitlow": ("Carl Whitlow", "Whitlow"),
    "Mabry": ("Evan Mabry", "Mabry"),
    "Okwu": ("Devon Okwu", "Okwu"),
    "Benitez": ("Carla Benitez", "Benitez"),
    "Ashworth": ("Kathleen Ashworth", "Ashworth"),
    "Durrant": ("Cal Durrant", "Durrant"),
    "GreerCampaign": ("Greer's campaign", "campaign"),
}
QUOTES = {
    "blogs/bluewater/greer-wife-firm-receipts.txt": [
        (
            "Sutter",
            "ws1",
            "I told him it would look bad even if it was legal. He told me it was a family matter.",
        ),
        ("Greer", "gr2", "angry"),
        ("Sutter", "ws3", "He hasn’t called, and I haven’t called him."),
        (
            "LGreer",
            "lg2",
            "I will not apologize for being good at my job, and I will not apologize for being married to a congressman,",
        ),
        ("Ruiz", "mr1", "If the work was real, show us the work,"),
        (
            "Ruiz",
            "mr4",
            [
                "He keeps saying it’s legal. Fine. I’ve prosecuted plenty of people who did legal things in illegal ways,",
                "Show me the invoices, show me the hours, show me what the other clients paid. If it’s clean, that takes an afternoon.",
            ],
        ),
        (
            "Castellane",
            "nc2",
            ["This is the biggest one we’ve found, by a lot,", "It isn’t close."],
        ),
        (
            "Castellane",
            "nc3",
            "Spouses can work on campaigns. What they can’t do is get paid double the going rate. That’s what we asked the committee to look at.",
        ),
        ("Kessling", "ak2", "is not a finding."),
        (
            "Bellamy",
            "jb2",
            "family members on the campaign payroll is one of the oldest problems in this building.",
        ),
    ],
    "blogs/bluewater/okafor-calls-out-vance-mexico.txt": [
        ("Vance", "v10", "a board decision made before I was CEO."),
        (
            "Okafor",
            "o2",
            "He has moved more jobs to Mexico than he has ever created in this state,",
        ),
        (
            "Okafor",
            "o5",
            [
                "I have stood in those mills. I have stood in the union halls when the notices went up,",
                "What I saw was a man who moved his own warehouse to Mexico and now wants to tell you about loyalty.",
            ],
        ),
        (
            "Castellanos",
            "c2",
            "Dale Vance’s signature is on the paperwork. He can blame the board, but the board didn’t sign it. He did.",
        ),
        ("Farr", "f4", "obsessed with a warehouse because he can’t talk about his own record."),
        (
            "Whitcombe",
            "w3",
            "Marcus Okafor has been the senator who picks up the phone. Dale Vance has been the executive who hangs it up. Voters in Cambria County know the difference, even if the ads try to blur it.",
        ),
        (
            "Okafor",
            "o7",
            "I’m not trying to scare anybody. I’m asking you a yes-or-no question, Dale.",
        ),
        (
            "Oyelaran",
            "ky1",
            [
                "Wednesday night gave us exactly what we needed,",
                "Every door we knock on now, we can say: ask him how he’d vote. He won’t tell you.",
            ],
        ),
        ("Oyelaran", "ky2", "people remember exactly who showed up."),
        (
            "Okafor",
            "o10",
            [
                "I asked him a simple question tonight and he wouldn’t answer it,",
                "So I’ll ask you one instead. Are you going to let a guy who moved his jobs to Mexico tell you about loyalty? No? Then let’s go win this thing.",
            ],
        ),
    ],
    "blogs/red-lantern/lindqvist-sells-out-iron-range.txt": [
        ("Lindqvist", "l1", "To a point where no honest scientist could sign off on them,"),
        (
            "TilleryJr",
            "t1",
            "The governor just told eleven thousand families on the Range that their jobs can wait another five years,",
        ),
        (
            "TilleryJr",
            "t7",
            [
                "She thinks the Range will forget by November,",
                "The Range doesn't forget anything. Ask my father.",
            ],
        ),
        (
            "TillerySr",
            "ts2",
            [
                "In my day a Democratic governor would have signed that bill and thanked the miners for the privilege,",
                "This isn't the party of Rudy Perpich anymore. It's the party of the lake cabins.",
            ],
        ),
        ("Maratos", "g1", "a betrayal of every worker who knocked doors for this governor."),
        ("Haugen", "bh3", "constituents drink the water."),
        ("Ostby", "e3", "offered a path to faster permits."),
        ("TilleryJr", "t2", "More staff to do the same slow review is not reform."),
        ("Kivela", "tk1", "I'm going to talk to them this weekend,"),
    ],
    "blogs/red-lantern/vance-wipes-floor-with-okafor.txt": [
        (
            "Vance",
            "v3",
            [
                "Marcus has had twelve years,",
                "Twelve years, and the mills in Johnstown are still dark. You don't get a thirteenth year for that.",
            ],
        ),
        ("Vance", "v2", "if it came with real strings on it,"),
        (
            "Vance",
            "v7",
            "My wife and I have three daughters. Nobody is going to lecture me about respecting women,",
        ),
        (
            "Farr",
            "f2",
            [
                "The senator came in with a binder and left with nothing,",
                "Dale came in with a plan.",
            ],
        ),
        (
            "Farr",
            "f3",
            [
                "People are tired of being told to wait,",
                "They saw a guy last night who isn't going to make them wait.",
            ],
        ),
        ("Anon2", "a2", "closer than we'd like."),
        ("CVance", "cv2", "has never once asked anybody to do a job he wouldn't do himself."),
        (
            "CVance",
            "cv3",
            [
                "When the drivers were snowed in at the Breezewood yard in '09, Dale drove the plow,",
                "That's who he is.",
            ],
        ),
        (
            "Hagerman",
            "h2",
            [
                "Scranton and Wilkes-Barre are where this gets decided,",
                "If Vance holds his numbers there, Okafor is in real trouble.",
            ],
        ),
    ],
    "magazines/meridian-review/the-senator-who-picks-up-the-phone.txt": [
        (
            "OkaforSr",
            "so1",
            [
                "He was always the one who wanted to talk to everybody,",
                "I wanted him to be an engineer. He wanted to be at every meeting. So now he goes to meetings.",
            ],
        ),
        (
            "Okafor",
            "o11",
            [
                "My father inspected steel for thirty years,",
                "He used to say a beam doesn’t care who poured it. It either holds or it doesn’t. I think about that every time somebody in Washington tells me a bill is good because of who wrote it.",
            ],
        ),
        (
            "Okafor",
            "o12",
            (
                "I lost that one. I’m not going to stand up here and pretend I didn’t. But I’ll tell you what I didn’t do. I didn’t move the jobs to Monterrey.",
                "I didn’t sign the lease.",
                "And I didn’t tell you it was the board’s fault.",
            ),
        ),
        (
            "Vance",
            "v13",
            [
                "I know his dad worked the mills. So did my granddad,",
                "The difference is I kept a business running in this state when everybody said I should sell. He kept a job in Washington.",
            ],
        ),
        ("Vance", "v14", "You’ve been reading his mail,"),
        (
            "Whitcombe",
            "w4",
            [
                "The thing people miss about Marcus is that he is not a natural,",
                "He works at it. He calls people back. In this business that is rarer than you would think.",
            ],
        ),
        (
            "Whitcombe",
            "w5",
            "It was enough in 2014 and it was enough in 2020. I don’t know anymore what enough looks like,",
        ),
        (
            "Pruitt",
            "p4",
            [
                "He is a good man who has been in Washington a long time,",
                "Those are both true, and my members hold both of them in their heads at the same time.",
            ],
        ),
        ("Okafor", "o13", "I don’t know, Dad,"),
        ("OkaforSr", "so2", "Then you had better go to more meetings,"),
    ],
    "papers/chronicle-standard/greer-ethics-family-business.txt": [
        ("LGreer", "lg2", "not apologize for being good at my job."),
        ("Sutter", "ws1", "would look bad even if it was legal."),
        ("Greer", "gr13", "a family matter."),
        (
            "Sutter",
            "ws5",
            [
                "I’m a Republican. I worked for him because I believed in him,",
                "I didn’t write that letter to hurt anybody. I wrote it because I’d told him privately, and privately didn’t work.",
            ],
        ),
        ("Sutter", "ws6", "That’s for the committee to decide. I’m not a lawyer,"),
        ("Abernathy", "ta2", "a valued member of the team for many years"),
        ("Abernathy", "ta3", "incomplete and unfair to the congressman."),
        (
            "Pemberton",
            "hp3",
            [
                "She charged her husband what she charges everybody,",
                "If anything, she gave him fewer hours for the money, because he had a bigger list to work with.",
            ],
        ),
        (
            "Ruiz",
            "mr3",
            [
                "I spent twelve years asking people to show me the receipts,",
                "I’m just asking the congressman to do what I asked every defendant to do.",
            ],
        ),
        (
            "Durrant",
            "cd1",
            "no evidence yet of anything more than a family running a small business.",
        ),
        (
            "Bellamy",
            "jb4",
            [
                "I have seen worse, and I have seen cases that looked bad and turned out fine,",
                "That’s why you do an investigation.",
            ],
        ),
    ],
    "papers/chronicle-standard/minnesota-governor-mining-veto-unions.txt": [
        (
            "Lindqvist",
            "l2",
            [
                "I want these mines to be built, and I want them to be built right,",
                "This bill gets the first part and throws away the second.",
            ],
        ),
        ("Lindqvist", "l3", "Some of those calls were short,"),
        (
            "Maratos",
            "g4",
            [
                "She told me she was sorry. I told her sorry doesn’t pay for a house,",
                "Then I hung up. I’m not proud of that, but I’m not sorry either.",
            ],
        ),
        ("TilleryJr", "t5", ["She’ll say it’s about water,", "It’s about who writes the checks."]),
        (
            "Lindqvist",
            "l4",
            [
                "Ask any hydrologist in this state whether they can review a plan for a mine that size in six months,",
                "I asked eleven of them. Not one said yes.",
            ],
        ),
        (
            "Kivela",
            "tk1",
            [
                "I have a lot of respect for the governor. I have more respect for the people who sent me here,",
                "I’m going to talk to them this weekend.",
            ],
        ),
        (
            "Haugen",
            "bh2",
            ["The governor read the science. That is all we ever asked,", "Was that so much?"],
        ),
        (
            "Ostby",
            "e2",
            ["She expects an honest conversation,", "That is what she has always had up there."],
        ),
        (
            "Maratos",
            "g5",
            [
                "I want her to tell me, to my face, what year she thinks these mines open,",
                "If she can give me a year, I’ll listen. If she can’t, she’s got her answer from us.",
            ],
        ),
    ],
    "papers/chronicle-standard/pennsylvania-senate-debate-okafor-vance.txt": [
        ("Vance", "v6", "never forget which side of the river I grew up on."),
        (
            "Okafor",
            "o4",
            [
                "He wants you to believe he is a moderate on this, but he won’t tell you how he would vote,",
                "and that should tell you everything.",
            ],
        ),
        (
            "Vance",
            "v7",
            [
                "My wife and I have three daughters,",
                "Nobody is going to lecture me about respecting women.",
            ],
        ),
        (
            "Vance",
            "v3",
            [
                "Marcus has had twelve years,",
                "Twelve years, and the mills in Johnstown are still dark.",
            ],
        ),
        (
            "Okafor",
            "o5",
            (
                "I have stood in those mills. I have stood in the union halls when the notices went up. I was there when Bethlehem closed, and I was there when Johnstown closed, and I did not see Dale Vance in either room.",
                "What I saw was a man who moved his own warehouse to Mexico and now wants to tell you about loyalty.",
                "You can judge that for yourself.",
            ),
        ),
        ("Castellanos", "c1", "reminded people who actually showed up for them."),
        ("Farr", "f1", "won every exchange that was about the future instead of the past."),
        (
            "Pruitt",
            "p1",
            [
                "I came here hoping to hear one of them say the word ‘wages’ without attacking the other man in the same breath,",
                "I am still waiting.",
            ],
        ),
        (
            "Pruitt",
            "p2",
            [
                "People in my church are working two jobs,",
                "They do not need a debate about 2019. They need to know about next winter.",
            ],
        ),
        ("Vance", "v8", ["The senator will tell you he fought for you,", "Ask him what he won."]),
    ],
    "papers/coastal-georgian/greer-statesboro-town-hall.txt": [
        (
            "Crane",
            "bc1",
            [
                "I’m not asking if it was legal. I’m asking how much,",
                "Three hundred eighty thousand dollars? From our donations?",
            ],
        ),
        (
            "Greer",
            "gr11",
            [
                "Ma’am, I respect the question,",
                "The number is in the public filings because I put it there. Nobody hid anything.",
            ],
        ),
        ("Crane", "bc2", "That isn’t an answer, Congressman,"),
        (
            "LGreer",
            "lg3",
            [
                "I knew tonight would be hard, and I came anyway,",
                "I wanted people to see me. I’m not a line on a spreadsheet.",
            ],
        ),
        ("LGreer", "lg4", "We have the invoices. We have the work. Nathan knows that and so do I,"),
        (
            "Whitlow",
            "cw1",
            [
                "If his wife is good at her job, she ought to get paid for it,",
                "That’s how it works everywhere else.",
            ],
        ),
        (
            "Mabry",
            "em1",
            [
                "He told us twice that it was legal. He never told us it was right,",
                "Those are different things. My father taught me that.",
            ],
        ),
        ("Okwu", "do1", "People came out on their own. That tells you something,"),
        (
            "Greer",
            "gr12",
            [
                "If I broke the rules, I’ll own it. I don’t believe I did,",
                "And I don’t believe the people of this district want me to quit over a letter from a man who wanted a different job.",
            ],
        ),
        ("Crane", "bc3", ["I don’t know about a fourth,", "I really don’t."]),
    ],
    "papers/coastal-georgian/ruiz-rally-savannah-greer.txt": [
        (
            "Ruiz",
            "mr5",
            ["They told me maybe two hundred people,", "I count a lot more than two hundred."],
        ),
        (
            "Ruiz",
            "mr6",
            "Every campaign in this country has a wife, a brother, a cousin who wants to help.",
        ),
        ("Ruiz", "mr7", "The difference is that most of them help for free."),
        (
            "Ruiz",
            "mr8",
            "And when they don’t, they send you an invoice you can show to the people who paid for it.",
        ),
        (
            "Ruiz",
            "mr9",
            [
                "My father loaded ships at the Garden City terminal for thirty-one years,",
                "He never once got paid for work he didn’t do. Not once. That is the standard in this district. It should be the standard in Congress.",
            ],
        ),
        (
            "Bellamy",
            "jb6",
            [
                "When I got to Washington there were four of us,",
                "Marisol would make it a few more. We need the help.",
            ],
        ),
        ("Bellamy", "jb7", "I’m here for a candidate, not about a case,"),
        (
            "GreerCampaign",
            "gc2",
            "proves what we have said from the start: this investigation is a partisan hit job.",
        ),
        ("Abernathy", "ta4", "now openly campaigning against the member she is investigating."),
        (
            "Ruiz",
            "mr10",
            [
                "Joanne Bellamy has been my friend for ten years,",
                "She would have been here if Nathan Greer had never hired his wife.",
            ],
        ),
        ("Crane", "bc4", ["I wanted to see if she was for real,", "I think she might be."]),
        (
            "Greer",
            "gr14",
            [
                "There are people who want to make this race about my family,",
                "I’d rather make it about yours.",
            ],
        ),
        (
            "Ruiz",
            "mr11",
            [
                "That’s it. That’s the whole rule. It fits on an index card,",
                "If he followed it, he can show us. If he didn’t, you can show him the door.",
            ],
        ),
    ],
    "papers/duluth-tribune/qa-speaker-tillery-override.txt": [
        (
            "TilleryJr",
            "t8",
            "In the House, yes. We will have every Republican and I believe at least twenty Democrats. The Senate is harder, and I won't pretend otherwise.",
            "transcript",
        ),
        (
            "TilleryJr",
            "t9",
            "Nine. I know of five who are seriously thinking about it. Whether the governor's office gets to them first is the question.",
            "transcript",
        ),
        ("TilleryJr", "t2", "More staff to do the same slow review is not reform.", "transcript"),
        (
            "TilleryJr",
            "t10",
            "We have had the same timelines for twelve years. The staff has doubled. The permits haven't moved.",
            "transcript",
        ),
        (
            "TilleryJr",
            "t11",
            "Some. I'd be lying if I said none. He sat in that Senate chamber and watched the bill die without a vote. I promised him I would at least get it to the governor's desk. I did that.",
            "transcript",
        ),
        ("TilleryJr", "t12", "Nothing I can repeat in a family newspaper.", "transcript"),
        (
            "TilleryJr",
            "t13",
            [
                "He’d say, ‘You were elected by the Range, so vote like it,’",
                "He always had a way of making it simple.",
            ],
        ),
        ("Ostby", "e4", "welcome to keep counting votes he doesn’t have."),
        (
            "Ostby",
            "e5",
            [
                "The governor’s offer stands,",
                "If the override fails on Friday, we hope the speaker will pick up the phone on Monday.",
            ],
        ),
        (
            "TillerySr",
            "ts3",
            ["I sat in that room eighteen years,", "I’d like to see this one go the other way."],
        ),
        (
            "TilleryJr",
            "t14",
            [
                "She’s a decent person who made a bad decision,",
                "I hope she gets a chance to fix it.",
            ],
        ),
        (
            "Haugen",
            "bh5",
            ["Roy counts votes well,", "He’s counting some that aren’t there this time."],
        ),
    ],
    "papers/duluth-tribune/range-reacts-lindqvist-mining-veto.txt": [
        (
            "Dahl",
            "d1",
            ["Well, there it is,", "Ten years of hearings and she kills it in a press conference."],
        ),
        (
            "TillerySr",
            "ts1",
            [
                "I told Roy fifteen years ago that the Cities would never let this happen, and I hate being right,",
                "My son did everything you’re supposed to do. He got Democrats on it. He got the unions on it. And she still said no.",
            ],
        ),
        (
            "TilleryJr",
            "t3",
            [
                "I don’t think this is over,",
                "There are members in that Senate caucus who voted with us once, and I think they can do it again.",
            ],
        ),
        ("TilleryJr", "t4", ["He was madder than I was,", "He’s earned that."]),
        (
            "Maratos",
            "g3",
            (
                "We carried her on the Range in 2018 and we carried her in 2022. We did it because she came up here and looked us in the eye and said she believed in mining done right.",
                "Now we find out what ‘done right’ means. It means done never.",
                "I don’t know how I go back to my members and tell them to trust her.",
            ),
        ),
        (
            "Pavlik",
            "sp1",
            [
                "People assume everybody up here wants these mines at any cost,",
                "That has never been true. A lot of us fish these lakes.",
            ],
        ),
        ("Nakamura", "n2", "The governor is a friend, and I think she made the wrong call,"),
        (
            "Lahti",
            "pl1",
            [
                "Roy Junior’s got the votes in the House,",
                "The Senate’s the problem. It’s always the Senate.",
            ],
        ),
        (
            "Dahl",
            "d2",
            ["It’s not the Senate. It’s St. Paul,", "It’s been St. Paul my whole life."],
        ),
    ],
    "papers/lehigh-courier/lehigh-valley-voters-debate-watch.txt": [
        (
            "Kowalczyk",
            "k1",
            [
                "They talked about steel for twenty minutes and neither one of them said the word ‘pension,’",
                "I wrote it down so I’d know if I missed it. I didn’t miss it.",
            ],
        ),
        (
            "Mendes",
            "m1",
            [
                "My rent went up four hundred dollars this year,",
                "I wanted somebody to talk about that. The senator talked about 2019. The other one talked about 2014. I live in 2026.",
            ],
        ),
        (
            "LMendes",
            "lm1",
            [
                "He’s a businessman. He’s had to make a payroll,",
                "That’s more than I can say for anybody in Washington.",
            ],
        ),
        ("Mendes", "m2", ["She’s been saying that since the primary,", "I’m not there yet."]),
        ("Okafor", "o9", "when the notices went up."),
        (
            "Kowalczyk",
            "k2",
            [
                "He was there,",
                "I’ll give him that. I saw him. But being there isn’t the same as fixing it.",
            ],
        ),
        (
            "Hagerman",
            "h3",
            "If you want to know who wins Pennsylvania, don’t watch Philadelphia, don’t watch Pittsburgh. Watch Northampton County,",
        ),
        (
            "Pruitt",
            "p3",
            [
                "They are not excited about anybody,",
                "That does not mean they will stay home. It means they will vote angry.",
            ],
        ),
        (
            "Reyes",
            "r1",
            [
                "That’s about what I expected,",
                "People here have heard every speech. They want to see a plan with numbers on it.",
            ],
        ),
        (
            "Kowalczyk",
            "k3",
            ["Probably,", "Ask me on the fourth. Or don’t ask me. I’ll be in a bad mood."],
        ),
    ],
    "web/capitolbeat/greer-sutter-letter-ethics.txt": [
        (
            "Sutter",
            "ws1",
            [
                "I told him it would look bad even if it was legal,",
                "He told me it was a family matter.",
            ],
        ),
        (
            "Sutter",
            "ws2",
            [
                "I said what I had to say in writing, and I stand by every word of it,",
                "I worked for Nathan for a long time. This isn’t personal.",
            ],
        ),
        ("Greer", "gr2", "has been angry ever since."),
        (
            "Greer",
            "gr3",
            [
                "Wade is a talented guy, and I wish him well,",
                "But he had his reasons for writing that letter, and they don’t have anything to do with ethics.",
            ],
        ),
        ("Greer", "gr4", "Have you seen my digital numbers? Who do you think built that?"),
        (
            "Pemberton",
            "hp2",
            [
                "Lorraine built a real business,",
                "The fact that her husband is a client does not make her other thirteen clients imaginary.",
            ],
        ),
        ("Kessling", "ak2", "is not a finding."),
        (
            "Bellamy",
            "jb2",
            "Family members on the campaign payroll is one of the oldest problems in this building. We’re going to look at it seriously.",
        ),
        (
            "Ruiz",
            "mr2",
            [
                "Nathan Greer’s own chief of staff thought this was wrong,",
                "The man who ran his office for eight years thought this was wrong. What else do you need to know?",
            ],
        ),
        (
            "GreerCampaign",
            "gc1",
            "a career prosecutor who wants to try her opponent in the press because she can’t beat him at the ballot box.",
        ),
        (
            "Sutter",
            "ws3",
            ["He hasn’t called, and I haven’t called him,", "I think we both know why."],
        ),
    ],
    "web/capitolbeat/lindqvist-veto-override-math.txt": [
        (
            "TilleryJr",
            "t6",
            [
                "Today Governor Lindqvist told the Iron Range to get in line behind the lobbyists,",
                "On Friday, every member of this Legislature is going to have to say whose side they’re on.",
            ],
        ),
        (
            "Strand",
            "ps1",
            "We will have the override vote. Every DFL senator from the Range should be ready to explain their vote back home.",
        ),
        ("Haugen", "bh3", "Ready and happy to. My constituents drink the water,"),
        (
            "GovOffice",
            "go1",
            "The governor has offered a path to faster permits that does not cut corners on water. That path remains open.",
        ),
        (
            "Lindqvist",
            "l5",
            [
                "Probably. I’m not running again, so I get to do what I think is right instead of what polls well,",
                "I would have done the same thing in my first term, but I would have worried about it more.",
            ],
        ),
        ("Maratos", "g6", "Bring your hard hats and bring your kids. They need to see who we are,"),
        ("Maratos", "g7", "I said what I had to say to her on Monday night,"),
        (
            "Hale",
            "mh1",
            [
                "This governor has never once asked us to choose between jobs and clean water, and she is not asking now,",
                "We stand with her.",
            ],
        ),
        ("Arndt", "ka1", "We’re going to let the Legislature do its job,"),
        ("Anon3", "a3", ["We don’t need to win the override,", "We need them to vote on it."]),
    ],
    "web/ubn/greer-interview-wife-firm.txt": [
        (
            "Greer",
            "gr5",
            "They did the work. They built my website, they ran my events, they ran my digital. You can go look at it,",
        ),
        ("Sutter", "ws1", "look bad even if it was legal."),
        (
            "Benitez",
            "cb1",
            "Your own chief of staff says he warned you. Why didn’t you listen to him?",
            "transcript",
        ),
        (
            "Greer",
            "gr6",
            "I did listen to him. I listened, I looked at the numbers, and I decided he was wrong. That’s my job.",
            "transcript",
        ),
        ("Benitez", "cb2", "Would you make the same decision today?", "transcript"),
        (
            "Greer",
            "gr7",
            "I would make it the same way, yes. With the same facts, absolutely.",
            "transcript",
        ),
        ("Greer", "gr8", "people in Washington who have never liked me."),
        ("LGreer", "lg1", "from a laptop at my kitchen table"),
        (
            "LGreer",
            "lg2",
            [
                "I am proud of the work my team does. I will not apologize for being good at my job, and I will not apologize for being married to a congressman,",
                "We will answer every question the committee has.",
            ],
        ),
        ("Greer", "gr9", "Proud of her. Always have been."),
        (
            "Ashworth",
            "ka2",
            [
                "The question is never whether a spouse can work for a campaign. They can,",
                "The question is whether the campaign paid the spouse more than it would have paid a stranger.",
            ],
        ),
        ("Ruiz", "mr1", "If the work was real, show us the work,"),
        ("Greer", "gr10", "welcome to look at my website."),
        (
            "Bellamy",
            "jb3",
            "will follow the facts wherever they go, including to the kitchen table.",
        ),
    ],
    "web/ubn/pennsylvania-senate-debate-key-moments.txt": [
        (
            "Brightwater",
            "b2",
            "Senator, the retooling grant for Erie died in your own committee. Why should voters there trust you to bring those jobs back?",
            "transcript",
        ),
        (
            "Okafor",
            "o6",
            "Because I am the only person on this stage who has ever brought a job back to Erie. That grant died because two senators from the other party held it hostage.",
            "transcript",
        ),
        (
            "Vance",
            "v9",
            "That is not what happened, and you know it is not what happened.",
            "transcript",
        ),
        ("Brightwater", "b3", "Mr. Vance, you will have your turn.", "transcript"),
        (
            "Vance",
            "v3",
            [
                "Marcus has had twelve years,",
                "Twelve years, and the mills in Johnstown are still dark. You don’t get a thirteenth year for that.",
            ],
        ),
        ("Vance", "v5", "trying to scare women instead of talking to them."),
        (
            "Okafor",
            "o7",
            "I’m not trying to scare anybody. I’m asking you a yes-or-no question, Dale.",
        ),
        ("Vance", "v10", "a board decision made before I was CEO."),
        (
            "Vance",
            "v11",
            [
                "I’m not a politician and I didn’t try to sound like one tonight,",
                "People can tell the difference.",
            ],
        ),
        ("Whitaker", "j1", "the only adult on that stage."),
        ("Vance", "v12", "Twelve years. Dark mills. Time for a change, Pennsylvania."),
        ("Okafor", "o8", "I was in the room. Where were you?"),
        (
            "CVance",
            "cv1",
            "So proud of my husband tonight. He talked like a person, not a press release,",
        ),
        (
            "Whitcombe",
            "w2",
            ["The suburbs decided this race a month ago,", "Tonight was for the cable hits."],
        ),
        (
            "Anon1",
            "a1",
            "We are within two points in Bucks County, and nobody in Washington believes us yet,",
        ),
    ],
    "wire/allied/2026-05-19-minnesota-mining-veto.txt": [
        ("Lindqvist", "l1", "to a point where no honest scientist could sign off on them."),
        (
            "Lindqvist",
            "l2",
            [
                "I want these mines to be built, and I want them to be built right,",
                "This bill gets the first part and throws away the second.",
            ],
        ),
        (
            "TilleryJr",
            "t1",
            [
                "The governor just told eleven thousand families on the Range that their jobs can wait another five years,",
                "We don't think they should have to.",
            ],
        ),
        ("Maratos", "g1", "a betrayal of every worker who knocked doors for this governor."),
        ("Maratos", "g2", "We will remember this in November,"),
        ("Haugen", "bh1", "kept faith with the people who drink water downstream of these mines."),
        ("Ostby", "e1", "That offer is still on the table,"),
        ("TilleryJr", "t2", "More staff to do the same slow review is not reform,"),
        (
            "Nakamura",
            "n1",
            [
                "I told her our high school graduates are leaving for Fargo and the Cities because there is nothing here for them,",
                "She listened. She just didn't agree.",
            ],
        ),
        ("Boreal", "bm1", "disappointed but not deterred"),
    ],
    "wire/allied/2026-05-22-minnesota-override-fails.txt": [
        (
            "Lindqvist",
            "l6",
            [
                "Nobody won today. The Range still doesn't have its mines and the state still doesn't have a permitting system that works,",
                "I'd like to fix both of those things before the snow flies.",
            ],
        ),
        (
            "TilleryJr",
            "t15",
            [
                "She's had two years to pick up the phone,",
                "I'll answer it. I just won't hold my breath.",
            ],
        ),
        (
            "Strand",
            "ps2",
            [
                "The senator from Duluth keeps talking about the water as if people on the Range don't drink it,",
                "They do. They've been drinking it for a hundred years while they dug the iron that built this country.",
            ],
        ),
        (
            "Haugen",
            "bh6",
            [
                "I am not against mining. I am against mining that we will be paying to clean up in 2080,",
                "My colleague knows the difference, even if her press releases don't.",
            ],
        ),
        ("Strand", "ps3", "My press releases are written by me,"),
        (
            "Kivela",
            "tk3",
            [
                "I heard from three hundred people and maybe four of them wanted me to sustain,",
                "That's not a hard call.",
            ],
        ),
        ("Maratos", "g8", "We know every name on that board. Every one,"),
        ("Ostby", "e6", "to hear some things she won't like, and to listen anyway."),
    ],
    "wire/allied/2026-08-04-greer-ethics-probe.txt": [
        ("EthicsCommittee", "ec1", "were for bona fide services at fair market value,"),
        (
            "Greer",
            "gr1",
            [
                "Every dollar my campaign spent was reported, legal and for real work,",
                "I welcome the committee's review and I expect it to clear me.",
            ],
        ),
        (
            "Pemberton",
            "hp1",
            "done the same work for Nathan Greer's campaign that it does for its other clients, at the same rates.",
        ),
        (
            "Sutter",
            "ws1",
            [
                "I told him it would look bad even if it was legal,",
                "He told me it was a family matter.",
            ],
        ),
        (
            "Abernathy",
            "ta1",
            "Mr. Sutter left on his own terms, and his letter reflects his disappointments, not the facts,",
        ),
        (
            "Kessling",
            "ak1",
            [
                "Opening a review is not a finding,",
                "Members are entitled to the presumption that they followed the rules.",
            ],
        ),
        (
            "Bellamy",
            "jb1",
            "The rules on paying family members are not complicated, and they are not new,",
        ),
        ("Ruiz", "mr1", "If the work was real, show us the work,"),
        (
            "Castellane",
            "nc1",
            "Usually these complaints sit for a year. Somebody in that building decided this one couldn't wait,",
        ),
    ],
    "wire/allied/2026-10-14-pennsylvania-senate-debate.txt": [
        (
            "Vance",
            "v1",
            "with Washington every single time it mattered and with Pennsylvania only when the cameras were on.",
        ),
        ("Okafor", "o2", "moved more jobs to Mexico than he has ever created in this state,"),
        (
            "Brightwater",
            "b1",
            [
                "Mr. Vance, you have not answered the question about the Erie plant,",
                "Would you have voted for the retooling grant, yes or no?",
            ],
        ),
        ("Vance", "v2", "if it came with real strings on it,"),
        (
            "Vance",
            "v3",
            [
                "Marcus has had twelve years,",
                "Twelve years, and the mills in Johnstown are still dark. You don't get a thirteenth year for that.",
            ],
        ),
        (
            "Okafor",
            "o4",
            "He wants you to believe he is a moderate on this, but he won't tell you how he would vote, and that should tell you everything,",
        ),
        ("Vance", "v5", "trying to scare women instead of talking to them."),
        (
            "Hagerman",
            "h1",
            [
                "The people who watch a Wednesday night Senate debate made up their minds in August,",
                "What matters now is who shows up.",
            ],
        ),
        ("Whitcombe", "w1", "He didn't have to win it. He had to not lose it, and he didn't,"),
        ("VanceCampaign", "vc1", "spent an hour running from his own voting record."),
        (
            "OkaforCampaign",
            "oc1",
            "failed the simplest test of the night: telling voters what he believes.",
        ),
    ],
}
SCARE = {
    "blogs/red-lantern/lindqvist-sells-out-iron-range.txt": ["honest scientists"],
    "blogs/red-lantern/vance-wipes-floor-with-okafor.txt": ["spoke without notes", "moments"],
    "papers/chronicle-standard/greer-ethics-family-business.txt": [
        "bona fide services",
        "fair market value.",
    ],
    "papers/coastal-georgian/greer-statesboro-town-hall.txt": ["Show Us the Work,"],
    "papers/coastal-georgian/ruiz-rally-savannah-greer.txt": ["show us the work"],
    "papers/lehigh-courier/lehigh-valley-voters-debate-watch.txt": ["leaning"],
    "web/ubn/greer-interview-wife-firm.txt": ["The Evening Brief,"],
    "wire/allied/2026-08-04-greer-ethics-probe.txt": ["digital consulting", "event management"],
}


def norm(text: str) -> str:
    """Words only, lower case: marks, punctuation and case aside."""
    return " ".join(re.findall(r"[\w’']+", text.lower().replace("’", "'")))


def occurrence(key: str, text, flags: tuple[str, ...]) -> dict:
    occ = {"article": key, "kind": "direct", "fidelity": ""}
    if isinstance(text, tuple):
        occ.update(text="\n\n“".join(text), segments=list(text), multi_paragraph=True)
    elif isinstance(text, list):
        occ.update(text=" ".join(text), segments=text, split=True)
    else:
        occ["text"] = text
    pieces = [text[0]] if isinstance(text, tuple) else occ.get("segments", [text])
    occ["attribution"] = attribution(key, pieces[0], pieces[-1], "transcript" in flags)
    if "transcript" in flags:
        occ["transcript"] = True
    return occ


def attribution(key: str, first: str, last: str, transcript: bool) -> str:
    """The words that attribute a quote, found mechanically (informational, not scored): a
    transcript line's label; the words between a split quote's pieces; the clause after a
    quote that ends in a comma ('she said'); else the sentence before the quote up to its
    opening mark ('Vance wrote on X:')."""
    body = (CORPUS / key).read_text(encoding="utf-8")
    start = body.find(first)
    line_start = body.rfind("\n", 0, start) + 1
    if transcript:
        return body[line_start : body.index(":", line_start) + 1]
    if first != last:
        return body[start + len(first) : body.find(last, start)].strip(' ,”“"\n')
    end = start + len(last)
    after = re.match(r"[”\"]? ?([a-z][^.;:“\"\n]*|[A-Z][^.;:“\"\n]* (?:said|wrote))", body[end:])
    if after and (
        last.endswith(",") or (last.endswith(("?", "!")) and after.group(1)[0].islower())
    ):
        return after.group(1).strip()
    before = re.split(r"(?<=[.?!”\"])\s", body[line_start : start - 1].strip())[-1]
    return before.strip() or body[start - 1]


def statements() -> list[dict]:
    """One gold statement per (who, statement) in QUOTES, its occurrences in reading order."""
    found: dict[tuple[str, str], list[dict]] = {}
    for key, rows in QUOTES.items():
        for who, stmt, text, *flags in rows:
            found.setdefault((who, stmt), []).append(occurrence(key, text, tuple(flags)))
    order = {key: n for n, key in enumerate(ARTICLES)}
    quotes = []
    for n, ((who, _), occs) in enumerate(found.items(), 1):
        occs.sort(key=lambda o: order[o["article"]])
        canonical = max((o["text"].replace("\n\n“", " ") for o in occs), key=len)
        for o in occs:
            same = norm(o["text"]) == norm(canonical)
            o["fidelity"] = "verbatim" if same else "edited"
        speaker, speaker_key = PEOPLE[who]
        quotes.append(
            {
                "id": f"Q{n}",
                "speaker": speaker,
                "speaker_key": speaker_key,
                "story": ARTICLES[occs[0]["article"]][1],
                "type": "direct",
                "canonical": canonical,
                "origin_article": occs[0]["article"],
                "occurrences": occs,
            }
        )
    return quotes


def article(key: str) -> dict:
    outlet, story, published, credits = ARTICLES[key]
    lines = (CORPUS / key).read_text(encoding="utf-8").split("\n")
    return {
        "outlet": outlet,
        "title": lines[1].strip(),
        "published": published,
        "event_date": STORIES[story][0],
        "story": story,
        "dup_group": None,
        "stale_reprint": False,
        "boilerplate": [lines[0].strip(), lines[2].strip(), lines[3].strip()]
        + [line for line in lines[-3:] if line.startswith("(Reporting")],
        "body_must_contain": [],
        "credits": credits,
        "uncredited_copy_of": None,
        "framing_terms": [],
        "context_added": [],
        "scare_quotes": SCARE.get(key, []),
        "reject": False,
        "format": "txt",
        "encoding": "utf-8",
        "dateline": None,
        "notes": "",
    }


def main() -> None:
    quotes = statements()
    articles = {key: article(key) for key in ARTICLES}
    stories = {
        sid: {
            "title": title,
            "event_date": date,
            "topic_twin": None,
            "origin_article": next(k for k, a in ARTICLES.items() if a[1] == sid),
            "origin_outlet": next(a[0] for a in ARTICLES.values() if a[1] == sid),
            "articles": [k for k, a in ARTICLES.items() if a[1] == sid],
        }
        for sid, (date, title) in STORIES.items()
    }
    write_gold(
        HERE,
        name="retold probe corpus, US political news (issue 10)",
        description="Written blind for issue 10: three invented US political events "
        "(a Pennsylvania Senate debate, a Minnesota governor's veto, a House ethics probe) told "
        "by ten invented outlets. People, outlets and companies are invented; real states, "
        "cities and institutions appear only as setting. Labels are for quotes and speakers; "
        "datelines, body sentences and framing are not labelled.",
        schema="Same schema and conventions as examples/gold.json (meta.conventions "
            "there), with PolNeAR's speaker_key (eval/probe-politics/build_gold.py says how it "
            "is set). Occurrences carry no attribution phrase. A transcript occurrence "
            "(transcript: true) is a speech line of a printed transcript, with no quote marks.",
        outlets={
            k: {"type": t, "domain": d, "aliases": al} for k, (t, d, al) in OUTLETS.items()
        },
        articles=articles,
        stories=stories,
        quotes=quotes,
    )


if __name__ == "__main__":
    main()
