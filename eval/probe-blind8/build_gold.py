"""Write eval/probe-blind8/gold.json (the eighth blind probe's gold labels; stdlib only).

Thirteen invented US political news articles, written blind for issue 10 (before their
author read retold's analysis, compare or link code): a Senate confirmation hearing (S1),
a governor's wildfire emergency order and the legislature's fight over it (S2) and a
big-city teachers' strike (S3). Labels follow examples/gold.json (see its meta.conventions)
with PolNeAR's speaker_key (the speaker's head surname; an organisation's head name).

Each article lists its direct quotes of four or more words in order: (text, speaker,
attribution, cue), text a list for a quote split by its attribution; attribution is the
phrase in the article that tells who spoke; cue is "c" when the quote's sentence has a
speech verb and "u" when it has none (a quote-only paragraph, a colon lead-in without a
verb, a quote after narration). A sixth element names a statement retold elsewhere in other
words (grouped, fidelity "edited"); identical words group by themselves.

    python3 eval/probe-blind8/build_gold.py && python3 examples/check_gold.py eval/probe-blind8/gold.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent
EVENTS = {"S1": "2026-11-17", "S2": "2026-06-09", "S3": "2026-10-06"}
STORY_TITLES = {
    "S1": "Senate Energy committee hearing for energy secretary nominee Corinne Halvorsen",
    "S2": "Arizona governor's Cedar Notch fire emergency order and the Legislature's lawsuit",
    "S3": "Philadelphia teachers' strike by the Keystone Educators Union",
}
OUTLETS = {
    "Meridian Press Service": ("wire agency", "meridianpress.com", ["MPS", "Meridian Press"]),
    "The Capitol Ledger": ("national broadsheet", "capitolledger.com", ["Capitol Ledger"]),
    "USNN": ("cable news website", "usnn.com", ["USNN"]),
    "The Rampart": ("partisan blog (right)", "therampart.com", ["The Rampart"]),
    "BlueLine Daily": ("partisan blog (left)", "bluelinedaily.com", ["BlueLine"]),
    "Harrow's Monthly": ("magazine", "harrowsmonthly.com", ["Harrow's"]),
    "The Billings Plainsman": ("local paper (Montana)", "billingsplainsman.com", ["Plainsman"]),
    "The Prescott Sentinel-Courier": ("local paper (Arizona)", "sentinelcourier.com", []),
    "The Philadelphia Beacon-Tribune": ("local paper (Pennsylvania)", "beacontribune.com", []),
}
# speaker_key where it is not the speaker's last word: organisations and groups
KEYS = {
    "Clean Grid Alliance": "Alliance",
    "Senate Democratic campaign arm": "Democratic",
    "Kittle and House Speaker Bonnie Arceneaux": "Kittle",
    "Republican Governors Association": "Association",
    "Democratic Governors Association": "Association",
    "Keystone Educators Union": "Union",
}
UNKNOWN = ("a protester's sign", "a hand-lettered sign", "a reporter", "a teacher from Olney")

A1 = "wire/mps-2026-11-17-halvorsen-hearing.txt"
A2 = "papers/capitol-ledger/halvorsen-hearing-pipeline-questions.txt"
A3 = "web/usnn/halvorsen-hearing-takeaways.txt"
A4 = "web/rampart/democrats-smear-halvorsen.txt"
A5 = "papers/billings-plainsman/halvorsen-hearing-montana-reaction.txt"
B1 = "wire/mps-2026-06-09-arizona-fire-emergency.txt"
B2 = "papers/sentinel-courier/cedar-notch-evacuees-shelter.txt"
B3 = "web/usnn/arizona-governor-emergency-order-fight.txt"
B4 = "papers/capitol-ledger/arizona-governor-legislature-fire-money.txt"
C1 = "wire/mps-2026-10-06-philadelphia-teachers-strike.txt"
C2 = "papers/beacon-tribune/teachers-strike-day-one.txt"
C3 = "web/blueline/philly-teachers-strike-board.txt"
C4 = "magazines/harrows/the-longest-table-philadelphia-strike.txt"

ARTICLES = {
    A1: dict(
        outlet="Meridian Press Service",
        title="Energy nominee Halvorsen faces sharp questions over husband's pipeline stake",
        published="2026-11-17",
        story="S1",
        dateline="Washington",
        boiler=[
            "MERIDIAN PRESS SERVICE | Politics",
            "November 17, 2026 6:12 PM EST",
            "By Caleb Ostrander",
            "(Reporting by Caleb Ostrander; Editing by Nora Fitzhugh)",
        ],
        quotes=[
            (
                "I have never let a private interest decide a public question, and I am not going to start in this job,",
                "Corinne Halvorsen",
                "Halvorsen said",
                "c",
                "H-never",
            ),
            (
                "You signed this contract six weeks after your husband bought into that company. Did anyone in your office raise a concern?",
                "Paula Ambrose",
                "Ambrose asked",
                "c",
            ),
            (
                "My signature was the last step of a process I did not run,",
                "Corinne Halvorsen",
                "she said",
                "c",
            ),
            (
                "That is a description of a rubber stamp, not an answer.",
                "Paula Ambrose",
                "The Vermont Democrat",
                "u",
            ),
            (
                "trying to convict a woman for the sin of being married to a businessman,",
                "Gary Fenwick",
                "Sen. Gary Fenwick (R-Ohio) said",
                "c",
            ),
            (
                "answered every question put to her, some of them twice.",
                "Thaddeus Brill",
                "Committee Chairman Thaddeus Brill (R-Wyo.), who has said he expects a vote before the Thanksgiving recess, told reporters",
                "c",
            ),
            (
                "the day my wife is confirmed, and not one day later.",
                "Peter Halvorsen",
                "he said",
                "c",
            ),
            (
                "Governor Halvorsen kept the lights on in Montana through the worst winter in a generation, and she will do the same for the country,",
                "Devin Oyelaran",
                "White House spokesman Devin Oyelaran said",
                "c",
            ),
            (
                "Ask Senator Fenwick who he is really working for.",
                "Clean Grid Alliance",
                "a narrator saying",
                "c",
            ),
            (
                "The question is not whether she is qualified. The question is who she answers to.",
                "Marisol Vantreese",
                "Marisol Vantreese, executive director of the Clean Grid Alliance, said",
                "u",
            ),
            (
                "I served with her for eight years in Helena. I have my differences with her, but I have never doubted her word,",
                "Royce Denning",
                "Denning told MPS",
                "c",
                "D-doubt",
            ),
        ],
    ),
    A2: dict(
        outlet="The Capitol Ledger",
        title="At Hearing, Energy Pick Is Pressed on Family's Pipeline Ties",
        published="2026-11-18",
        story="S1",
        dateline="Washington",
        boiler=[
            "Wednesday, November 18, 2026",
            "THE CAPITOL LEDGER",
            "Politics › Congress",
            "By Miriam Sato-Kessel and Jonah Reardon",
        ],
        quotes=[
            (
                "Did you know, when you signed it, that your husband owned part of this company?",
                "Paula Ambrose",
                "MS. AMBROSE:",
                "u",
            ),
            (
                "I knew he had invested in it. I did not know the size of his share.",
                "Corinne Halvorsen",
                "MS. HALVORSEN:",
                "u",
            ),
            ("Did you ask him about it?", "Paula Ambrose", "MS. AMBROSE:", "u"),
            (
                "I did not think it was my place to audit my husband.",
                "Corinne Halvorsen",
                "MS. HALVORSEN:",
                "u",
            ),
            (
                [
                    "It was your place to audit the State of Montana,",
                    "That is what governors are for.",
                ],
                "Paula Ambrose",
                "she said later",
                "c",
            ),
            (
                [
                    "He has nothing to hide and he has said so in writing,",
                    "The contract was reviewed by two state agencies before it ever reached the governor's desk.",
                ],
                "Alan Beekman",
                "Mr. Beekman said",
                "c",
            ),
            (
                "If this is the worst thing they can find on her, she is the cleanest nominee I have seen in twelve years.",
                "Gary Fenwick",
                "His verdict",
                "u",
            ),
            (
                "I will review every rule on the books, including that one,",
                "Corinne Halvorsen",
                "she said",
                "c",
            ),
            (
                "That is what people say before they repeal something.",
                "Luis Carvajal",
                "Mr. Carvajal's reply",
                "u",
            ),
            (
                "careful not to prejudge any rule before she has seen the department's own analysis.",
                "Tessa Lindqvist",
                "Ms. Halvorsen's spokeswoman, Tessa Lindqvist, said",
                "c",
            ),
            ("Her husband's pipeline, your electric bill.", "a protester's sign", "read", "c"),
            (
                [
                    "I would like to believe her,",
                    "I would like it a great deal more if she made believing her easier.",
                ],
                "Paula Ambrose",
                "the Vermont senator said",
                "c",
            ),
        ],
    ),
    A3: dict(
        outlet="USNN",
        title="5 takeaways from Corinne Halvorsen's confirmation hearing",
        published="2026-11-17",
        story="S1",
        dateline=None,
        boiler=[
            "Politics | Updated 9:41 PM ET, Tue November 17, 2026",
            "By Brianna Feld, USNN",
            "USNN's Hector Villaseñor contributed to this report.",
        ],
        quotes=[
            (
                "I did not think it was my place to audit my husband.",
                "Corinne Halvorsen",
                "Halvorsen's answer:",
                "u",
            ),
            (
                "She didn't think it was her place.",
                "Senate Democratic campaign arm",
                "The Senate Democratic campaign arm posted",
                "c",
            ),
            (
                "This isn't a gotcha. It's the first thing any ethics office would ask.",
                "Paula Ambrose",
                "Ambrose told USNN",
                "u",
            ),
            (
                "a fishing expedition in a dry lake.",
                "Gary Fenwick",
                "Sen. Gary Fenwick of Ohio",
                "c",
            ),
            (
                "very comfortable with what I heard.",
                "Lorna Fenwick",
                "Sen. Lorna Fenwick, no relation, a Republican from Idaho",
                "c",
            ),
            ("for three straight months.", "Lorna Fenwick", "the Idaho senator joked", "c"),
            (
                "When a nominee won't defend a rule that is already working, you know what happens next,",
                "Marisol Vantreese",
                "said Marisol Vantreese, executive director of the Clean Grid Alliance",
                "c",
            ),
            (
                "The shares will be sold the day she is sworn in. We have put that in writing.",
                "Alan Beekman",
                "That lawyer, Alan Beekman",
                "u",
            ),
            (
                "I know her. I trust her. That is about all there is to it,",
                "Royce Denning",
                "Denning said",
                "c",
            ),
            (
                "None. Zero. He'd nominate her again tomorrow.",
                "Imani Calloway",
                "press secretary Imani Calloway told reporters on Air Force One:",
                "c",
            ),
        ],
    ),
    A4: dict(
        outlet="The Rampart",
        title="Democrats Had Five Hours To Lay A Glove On Halvorsen. They Brought A Folder.",
        published="2026-11-17",
        story="S1",
        dateline=None,
        boiler=["THE RAMPART", "Nov 17, 2026 at 8:05 pm", "Posted by Wes Tolliver"],
        quotes=[
            (
                "I have never let a private interest decide a public question, and I am not going to start in this job.",
                "Corinne Halvorsen",
                "The former governor",
                "u",
                "H-never",
            ),
            (
                "They're not mad about a contract. They're mad she kept the coal plants running when it was twenty below.",
                "Gary Fenwick",
                "Gary Fenwick, the Ohio senator who has been carrying this nomination since September, put it bluntly:",
                "u",
            ),
            (
                "Ask Senator Fenwick who he is really working for.",
                "Clean Grid Alliance",
                "Its tagline:",
                "u",
            ),
            (
                "discloses every donor the law requires it to disclose.",
                "Jordan Maddox",
                "A spokesman, Jordan Maddox, wrote back",
                "c",
            ),
            (
                "I work for Ohio, and Ohio wants the lights on.",
                "Gary Fenwick",
                "His office sent us his reply",
                "u",
            ),
            (
                "I have my differences with her, but I have never doubted her word.",
                "Royce Denning",
                "Royce Denning, the Montana Democrat",
                "u",
                "D-doubt",
            ),
        ],
    ),
    A5: dict(
        outlet="The Billings Plainsman",
        title="Back home, Montanans split on Halvorsen as Senate hearing turns to husband's business",
        published="2026-11-18",
        story="S1",
        dateline=None,
        boiler=[
            "Wednesday, November 18, 2026",
            "THE BILLINGS PLAINSMAN",
            "Montana's Yellowstone Valley newspaper",
            "News › Montana › Politics",
            "By Curtis Lamoreaux, Plainsman Capitol Bureau",
        ],
        quotes=[
            (
                [
                    "That's the thing everybody here has been talking about for two years,",
                    "Now the whole country gets to talk about it.",
                ],
                "Lyle Gunderson",
                "said Lyle Gunderson, 64, a retired refinery operator",
                "c",
            ),
            (
                "My mother answered every question they asked her. My father has said he'll sell. I don't know what more anyone wants.",
                "Astrid Halvorsen",
                "The couple's daughter, Astrid Halvorsen, a Billings city councilwoman, spoke",
                "u",
            ),
            (
                "I think she'd do the paperwork differently today. I don't think she'd do anything else differently.",
                "Astrid Halvorsen",
                "the younger Halvorsen paused",
                "u",
            ),
            (
                "Governor Halvorsen had every chance to recuse herself and she didn't take it. That's the whole story,",
                "Dana Whitlock-Reyes",
                "said Whitlock-Reyes",
                "c",
            ),
            (
                "a textbook case of a family interest riding along with a public decision.",
                "Hollis Brandvik",
                "The letter, signed by the council's board chairman, Hollis Brandvik, called",
                "c",
            ),
            (
                "I liked her. I still like her. I just don't think you sign your husband's pipeline through my neighbor's hayfield and call it a coincidence.",
                "Hollis Brandvik",
                "Brandvik, 77",
                "u",
            ),
            (
                "Senator Denning has known Governor Halvorsen for more than a decade and believes she will be a strong voice for energy-producing states,",
                "Royce Denning",
                "the statement read",
                "c",
            ),
            (
                "They spent five hours on a contract two state agencies approved. That tells you how little they had.",
                "Curt Lindahl",
                "Sen. Curt Lindahl, praised the nominee's performance and took a shot",
                "u",
            ),
            ("She'll get through. She always does.", "Lyle Gunderson", "His assessment:", "u"),
        ],
    ),
    B1: dict(
        outlet="Meridian Press Service",
        title="Arizona governor declares emergency as Cedar Notch fire forces 9,000 from homes",
        published="2026-06-09",
        story="S2",
        dateline="Phoenix",
        boiler=[
            "MERIDIAN PRESS SERVICE | U.S. News",
            "June 9, 2026 4:37 PM MST",
            "By Renata Galloway",
            "(Reporting by Renata Galloway in Phoenix and Todd Amsel in Prescott; Editing by Nora Fitzhugh)",
        ],
        quotes=[
            (
                [
                    "We are not going to wait for a committee hearing while this fire is moving two miles an hour,",
                    "If the Legislature wants to argue about the money, they can argue about it after the fire is out.",
                ],
                "Miriam Teague",
                "Teague, a Democrat, said",
                "c",
            ),
            (
                "Every dollar she needs, she can have. But she has to ask for it the way the constitution says,",
                "Wade Kittle",
                "Kittle said",
                "c",
            ),
            (
                "an unlawful seizure of funds that belong to the people's representatives",
                "Kittle and House Speaker Bonnie Arceneaux",
                "Kittle and House Speaker Bonnie Arceneaux wrote",
                "c",
            ),
            (
                "The governor has the authority she needs under state law, and she is using it,",
                "Noelle Quintana",
                "spokeswoman Noelle Quintana said",
                "c",
            ),
            (
                [
                    "We've got a lot of fuel on the ground and very low humidity. That's a hard combination,",
                    "We're making progress on the south flank. The east side is the one that keeps me up at night.",
                ],
                "Luis Ybarra",
                "said Luis Ybarra, the incident commander",
                "c",
            ),
            (
                [
                    "I have lived in that canyon since 1988 and I've never seen smoke like this,",
                    "You don't argue with it. You go.",
                ],
                "Ernest Voigt",
                "said Ernest Voigt, 67, a retired lineman",
                "c",
            ),
        ],
    ),
    B2: dict(
        outlet="The Prescott Sentinel-Courier",
        title="'You grab what you can carry': Walker and Potato Patch families wait out the fire",
        published="2026-06-10",
        story="S2",
        dateline="Prescott",
        boiler=[
            "Wednesday, June 10, 2026",
            "THE PRESCOTT SENTINEL-COURIER",
            "Serving Yavapai County since 1902",
            "News › Local › Cedar Notch Fire",
            "By Delia Marchbanks, Sentinel-Courier staff",
        ],
        quotes=[
            (
                [
                    "I don't know why. They were just the thing I wanted,",
                    "I found them, too. In the truck, the whole time.",
                ],
                "Carl Dorsey",
                "he said",
                "c",
            ),
            (
                "They keep asking me for a list of what's in the house. I told them, give me a week, the house might not be there,",
                "Jenna Dorsey",
                "the younger Dorsey said",
                "c",
            ),
            (
                "Feed your neighbors, not the fire.",
                "a hand-lettered sign",
                "a hand-lettered sign",
                "u",
            ),
            (
                "Nobody in this room asked me about the Budget Stabilization Fund. They asked me when they can go home.",
                "Miriam Teague",
                "the governor shook her head",
                "u",
            ),
            (
                "I'll stand with her on every fire truck and every air tanker. What I won't do is pretend the Legislature doesn't exist,",
                "Wade Kittle",
                "Kittle said",
                "c",
            ),
            ("no quarrel at all with the firefighters.", "Wade Kittle", "He added", "c"),
            (
                "I'm not going to stand up here and tell you Walker is safe. I'm going to tell you we've got four crews between the fire and Walker, and they're good.",
                "Luis Ybarra",
                "Ybarra paused before he answered.",
                "u",
            ),
            (
                "He didn't sugarcoat it. I'll take that over a politician any day,",
                "Ernest Voigt",
                "the retired lineman said",
                "c",
            ),
            (
                "We've got the car packed in the garage. The cat carrier's by the door. That's where we are.",
                "Kathleen Osei",
                "Kathleen Osei, 44, a nurse at Yavapai Regional Medical Center",
                "u",
            ),
            (
                "Figure out the money later. Just get the planes in the air.",
                "Daniel Osei",
                "Her husband, Daniel Osei, was less patient with the politics.",
                "u",
            ),
        ],
    ),
    B3: dict(
        outlet="USNN",
        title="Arizona Republicans move to sue governor over wildfire spending as Cedar Notch fire grows",
        published="2026-06-10",
        story="S2",
        dateline=None,
        boiler=["Politics | Updated 7:18 PM ET, Wed June 10, 2026", "By Marcus Odom, USNN"],
        quotes=[
            (
                [
                    "This is not a fight about firefighters. This is a fight about the constitution,",
                    "If we let it go in a fire, we'll see it again in a flood, and a drought, and a bad budget year.",
                ],
                "Bonnie Arceneaux",
                "Arceneaux said",
                "c",
            ),
            (
                "I've been in those shelters. I've hugged those people. Nobody in that gym thinks I'm against them.",
                "Wade Kittle",
                "Kittle, whose Prescott-area district includes much of the evacuation zone, struck a softer tone.",
                "u",
            ),
            (
                "This is where the money is going. If the Speaker wants it back, she can come out here and ask for it.",
                "Miriam Teague",
                "Teague posted a video",
                "u",
            ),
            ("Are you prepared to lose this in court?", "a reporter", "Q:", "u"),
            (
                "I'm prepared to win it. But I'd spend the money again tomorrow either way.",
                "Miriam Teague",
                "TEAGUE:",
                "u",
            ),
            (
                "Will you call a special session, as Republicans have asked?",
                "a reporter",
                "Q:",
                "u",
            ),
            ("When the fire's out, I'll call whatever they want.", "Miriam Teague", "TEAGUE:", "u"),
            (
                "I've been on the end of a hose. I don't love the idea of suing anybody while the fire's still burning,",
                "Dale Hemming",
                "Hemming told USNN",
                "c",
            ),
            (
                "It's a press release with a filing fee.",
                "Anita Roybal",
                "the Tucson Democrat didn't hesitate",
                "u",
            ),
            (
                "a power grab dressed up in a firefighter's jacket.",
                "Republican Governors Association",
                "The Republican Governors Association, which is targeting Teague's seat this fall, issued a statement calling",
                "c",
            ),
            (
                "political theater while Arizona burns.",
                "Democratic Governors Association",
                "The Democratic Governors Association responded by calling",
                "c",
            ),
            (
                "Call me when there's a judge who can put out a fire.",
                "Shawna Brightwater",
                "Shawna Brightwater, 35, a bartender from the town of Walker",
                "u",
            ),
            (
                "If the forecast holds, this is the window. We're going to throw everything at it.",
                "Luis Ybarra",
                "Incident commander Luis Ybarra told a community meeting",
                "u",
            ),
        ],
    ),
    B4: dict(
        outlet="The Capitol Ledger",
        title="As a Fire Burns Near Prescott, Arizona's Leaders Fight Over Who Pays",
        published="2026-06-12",
        story="S2",
        dateline="Phoenix",
        boiler=[
            "Friday, June 12, 2026",
            "THE CAPITOL LEDGER",
            "National › Arizona",
            "By Graham Whitcombe",
        ],
        quotes=[
            (
                [
                    "This isn't about the fire. Everybody in this building wants that fire out,",
                    "This is about whether a governor can empty the savings account because she finds the Legislature inconvenient.",
                ],
                "Wade Kittle",
                "said Senator Wade Kittle, the Senate president",
                "c",
            ),
            (
                "We are going to pay lawyers to argue about whether we were allowed to pay firefighters. I'd like someone to explain that to a family in a shelter.",
                "Anita Roybal",
                "Senator Anita Roybal, a Tucson Democrat and the minority leader, said",
                "u",
            ),
            (
                [
                    "You can be right about the constitution and wrong about the week,",
                    "I'll vote to sue her in August, if we still want to.",
                ],
                "Dale Hemming",
                "the Kingman Republican said",
                "c",
            ),
            (
                "No governor gets to write her own budget. Not in Arizona. Not in an emergency. Not ever.",
                "Bonnie Arceneaux",
                "she posted on social media:",
                "c",
            ),
            (
                "The Speaker is welcome to sue. The firefighters are welcome to the money. I know which of those I'd rather explain.",
                "Miriam Teague",
                "in a written statement from her office:",
                "u",
            ),
            (
                "broad, but not that broad.",
                "Marcus Ettinger",
                "Marcus Ettinger, who teaches constitutional law at Arizona State University, said",
                "c",
            ),
            (
                "The statute lets a governor direct resources in an emergency. Whether it lets her move money out of a fund the constitution protects is a genuinely open question,",
                "Marcus Ettinger",
                "Mr. Ettinger said",
                "c",
            ),
            (
                "Judges don't like to be the people who stopped the fire trucks.",
                "Rebecca Strand-Oyelowo",
                "Rebecca Strand-Oyelowo, a former state attorney general's office lawyer who now practices in Flagstaff, said",
                "u",
            ),
            ("Sue whoever you want. Just let me see my house.", "Carl Dorsey", "His answer:", "u"),
        ],
    ),
    C1: dict(
        outlet="Meridian Press Service",
        title="Philadelphia teachers strike for first time since 1981, closing schools for 190,000",
        published="2026-10-06",
        story="S3",
        dateline="Philadelphia",
        boiler=[
            "MERIDIAN PRESS SERVICE | U.S. News",
            "October 6, 2026 3:55 PM EDT",
            "By Anthony Duquesne",
            "(Reporting by Anthony Duquesne; Editing by Nora Fitzhugh)",
        ],
        scare=["learning sites"],
        quotes=[
            (
                "We did not choose this day. The board chose it when it walked away from the table on Sunday night,",
                "Terrence Mabry",
                "union president Terrence Mabry told reporters",
                "c",
            ),
            (
                "We want a fair contract. We are not going to sign one that bankrupts the district,",
                "Celeste Ruggiero",
                "Ruggiero said in a statement",
                "c",
            ),
            (
                "Both sides need to get back in a room today. Our kids can't wait.",
                "Denise Holloway",
                "she wrote:",
                "c",
                "Holloway-room",
            ),
            (
                "This is a local contract and a local dispute. We're watching it closely,",
                "Harold Brisbane",
                "he said",
                "c",
            ),
            (
                [
                    "I had 38 kids in a classroom built for 25 last year,",
                    "That's not teaching. That's crowd control.",
                ],
                "Rosalind Feeney",
                "said Rosalind Feeney, 52, an English teacher",
                "c",
            ),
            (
                "People keep asking how long we can last. Longer than they think,",
                "Kiana Delgado",
                "Delgado said",
                "c",
            ),
            (
                "I remember that autumn. I don't want another generation of children to remember one like it.",
                "Celeste Ruggiero",
                "Ruggiero, who was a third-grader in a district school that fall, mentioned it in her statement.",
                "u",
            ),
            ("no child will lose a meal because of this strike.", "Anand Mehrotra", "It said", "c"),
        ],
    ),
    C2: dict(
        outlet="The Philadelphia Beacon-Tribune",
        title="Day one of the teachers' strike: picket lines, empty classrooms and no talks scheduled",
        published="2026-10-07",
        story="S3",
        dateline=None,
        boiler=[
            "Wednesday, October 7, 2026",
            "THE PHILADELPHIA BEACON-TRIBUNE",
            "Education › Schools",
            "By Olivia Brandtner and Samuel Achterberg, Staff Writers",
        ],
        scare=["learning sites"],
        quotes=[
            (
                "Smaller classes are not a luxury.",
                "Keystone Educators Union",
                "union signs that read",
                "c",
            ),
            (
                [
                    "We have a kid in fourth grade at a district school. We know exactly what we're doing to him today,",
                    "We're doing it because his class has 34 kids in it.",
                ],
                "Lena Pruitt",
                "Lena Pruitt said",
                "c",
            ),
            (
                "I've got lab benches for 24. I've got 37 on the roster. Somebody explain that to me.",
                "Marcus Pruitt",
                "Her husband was blunter.",
                "u",
            ),
            ("as long as it takes.", "Terrence Mabry", "union president Terrence Mabry said", "c"),
            (
                [
                    "Nobody in this union wanted this. We spent eight months at that table,",
                    "The board spent eight months telling us there's no money, and then it found $40 million for a new administration building.",
                ],
                "Terrence Mabry",
                "Mabry said",
                "c",
            ),
            (
                "The union knows that. We've explained it to them in writing, more than once,",
                "Owen Fairweather",
                "Fairweather said",
                "c",
            ),
            (
                "ready to return to the table at any hour, on any day.",
                "Celeste Ruggiero",
                "Celeste Ruggiero, president of the Board of Education, which voted 7-2 last month to approve the district's final offer, said",
                "c",
            ),
            (
                "What we cannot do is sign a contract that puts the district $300 million in the red by 2029. That is not a negotiating position. That is arithmetic.",
                "Celeste Ruggiero",
                "The statement went on:",
                "c",
                "Ruggiero-red",
            ),
            (
                "I'm not going to negotiate this in front of cameras. I want our kids back in school, and I want our teachers paid fairly. Those aren't opposites.",
                "Denise Holloway",
                "the mayor said she had spoken to both sides",
                "u",
            ),
            (
                [
                    "I support the teachers. I do. But I can't do this for three weeks,",
                    "Nobody's paying me to stay home.",
                ],
                "Yvette Sorensen",
                "she said",
                "c",
            ),
            (
                [
                    "I told him it's done, it's signed, it's in the envelope,",
                    "Strike or no strike.",
                ],
                "Marcus Pruitt",
                "Marcus Pruitt said with a laugh",
                "c",
            ),
        ],
    ),
    C3: dict(
        outlet="BlueLine Daily",
        title="The Philly School Board Found $40 Million For Offices. It Can't Find Chairs For Kids.",
        published="2026-10-08",
        story="S3",
        dateline=None,
        boiler=["BLUELINE DAILY", "October 8, 2026 · 11:20 am", "by Rhea Castellanos"],
        quotes=[
            (
                "You know what the board calls a class of 37? A budget decision. You know what I call it? A fire hazard.",
                "Marcus Pruitt",
                "when we caught up with him",
                "u",
            ),
            (
                ["That's not a luxury we're asking for. That's the law,", "Federal law, actually."],
                "Lena Pruitt",
                "Lena Pruitt said",
                "c",
            ),
            (
                "$300 million in the red.",
                "Celeste Ruggiero",
                "Board president Celeste Ruggiero has been repeating the same line",
                "u",
                "Ruggiero-red",
            ),
            (
                "They found the money for marble in the lobby. They can find it for teachers in the classroom.",
                "Terrence Mabry",
                "When the union's president, Terrence Mabry, pointed that out",
                "u",
            ),
            (
                "The board's capital decisions were made in public meetings and are a matter of public record.",
                "Owen Fairweather",
                "His reply, in full:",
                "u",
            ),
            (
                "both sides need to get back in a room,",
                "Denise Holloway",
                "she posted on Tuesday",
                "c",
                "Holloway-room",
            ),
            (
                "The mayor keeps saying she's not going to negotiate in front of cameras. We'd settle for her negotiating anywhere.",
                "Kiana Delgado",
                "Kiana Delgado, the union's spokeswoman, didn't hide her frustration with City Hall.",
                "u",
            ),
            (
                "Twenty-eight is not a number. It's a promise.",
                "Terrence Mabry",
                "Mabry closed with a line",
                "u",
            ),
        ],
    ),
    C4: dict(
        outlet="Harrow's Monthly",
        title="The Longest Table",
        published="2026-11-20",
        story="S3",
        dateline=None,
        boiler=[
            "HARROW'S MONTHLY",
            "Dispatches · December 2026 issue",
            "November 20, 2026",
            "By Imogen Castellane-Ward",
        ],
        scare=["the mayor's accountant,"],
        quotes=[
            (
                "People think a strike is the weapon. It isn't. It's the bill you pay because the weapon didn't work.",
                "Terrence Mabry",
                "Terrence Mabry does not look like a man who has just won a strike.",
                "u",
            ),
            (
                [
                    "Twenty-nine is not twenty-eight,",
                    "I'll be honest with you about that. I'll also tell you it's a long way from thirty-seven.",
                ],
                "Terrence Mabry",
                "he says",
                "c",
            ),
            (
                "a surrender with a pay raise attached.",
                "a teacher from Olney",
                "a teacher from a school in Olney stood up and called",
                "c",
            ),
            (
                "She wasn't wrong to say it. She was wrong about the surrender part.",
                "Terrence Mabry",
                "Mabry let her finish, then thanked her.",
                "u",
            ),
            (
                [
                    "I was never the villain in this. I was the person holding the calculator,",
                    "Somebody has to.",
                ],
                "Celeste Ruggiero",
                "she said",
                "c",
            ),
            (
                "My mother was a lunch aide. She lost seven weeks of pay that fall. Nobody talks about the people who aren't teachers and aren't on the board.",
                "Celeste Ruggiero",
                "she says the memory shaped how she approached the talks",
                "u",
            ),
            (
                "I told them nobody was leaving until we had numbers on a napkin. I meant it literally. We used a napkin.",
                "Denise Holloway",
                "the mayor has described only once",
                "u",
            ),
            (
                "Everybody won, supposedly. I'd like to know who lost, because I think it was me.",
                "Yvette Sorensen",
                "Her verdict was weary.",
                "u",
            ),
            (
                "She's right that parents carried this. We know it. We're going to have to earn that back.",
                "Kiana Delgado",
                "The union's own spokeswoman, Kiana Delgado, acknowledged the point",
                "u",
            ),
            (
                "I expect three. That's how you know the union's alive.",
                "Terrence Mabry",
                "When I asked whether he expected one, he pushed his plate away.",
                "u",
            ),
        ],
    ),
}


def article(key, a):
    """One gold article entry (examples/gold.json's fields) from its compact dict."""
    body = (HERE / "corpus" / key).read_text(encoding="utf-8").split("\n\n")
    first = next(
        p
        for p in body
        if p.strip()
        and p.strip() != a["title"]
        and "\n" not in p.strip()
        and p.strip() not in a["boiler"]
        and len(p.split()) > 12
    )
    return {
        "outlet": a["outlet"],
        "title": a["title"],
        "published": a["published"],
        "event_date": EVENTS[a["story"]],
        "story": a["story"],
        "dup_group": None,
        "stale_reprint": False,
        "boilerplate": a["boiler"],
        "body_must_contain": [first.strip().split(". ")[-1]],
        "credits": [],
        "uncredited_copy_of": None,
        "framing_terms": [],
        "context_added": [],
        "scare_quotes": list(a.get("scare", [])),
        "reject": False,
        "format": "txt",
        "encoding": "utf-8",
        "dateline": a["dateline"],
        "notes": "",
    }


def occurrence(key, text, attribution, cue):
    occ = {"article": key, "kind": "direct", "fidelity": "verbatim", "attribution": attribution}
    if isinstance(text, list):
        occ.update(text=" ".join(text), segments=text, split=True)
    else:
        occ["text"] = text
    occ["speech_verb"] = cue == "c"
    return occ


def norm(text):
    return " ".join(text if isinstance(text, list) else [text]).rstrip(",.").lower()


def statements():
    """Statements in article order; identical words (or one group tag) make one statement."""
    by_group = {}
    for key, a in ARTICLES.items():
        for text, speaker, attribution, cue, *tag in a["quotes"]:
            group = tag[0] if tag else norm(text)
            occ = occurrence(key, text, attribution, cue)
            if group in by_group:
                first = by_group[group]
                if norm(text) != norm(first["occurrences"][0]["text"]):
                    occ["fidelity"] = "edited"
                first["occurrences"].append(occ)
                continue
            by_group[group] = {
                "id": f"Q{len(by_group) + 1}",
                "speaker": speaker,
                "story": a["story"],
                "type": "direct",
                "canonical": occ["text"],
                "origin_article": key,
                "occurrences": [occ],
            }
            if speaker not in UNKNOWN:
                by_group[group]["speaker_key"] = KEYS.get(speaker, speaker.split()[-1])
    return list(by_group.values())


def stories():
    result = {}
    for sid, title in STORY_TITLES.items():
        keys = [k for k, a in ARTICLES.items() if a["story"] == sid]
        origin = min(keys, key=lambda k: ARTICLES[k]["published"])
        result[sid] = {
            "title": title,
            "event_date": EVENTS[sid],
            "topic_twin": None,
            "origin_article": origin,
            "origin_outlet": ARTICLES[origin]["outlet"],
            "articles": keys,
        }
    return result


def main():
    quotes = statements()
    write_gold(
        HERE,
        name="retold probe-blind8 (US political news, every attribution shape; written blind)",
        description=__doc__.split("\n\n")[1].replace("\n", " "),
        schema="examples/gold.json's, with PolNeAR's speaker_key; occurrences carry speech_verb "
        "(false: no speech verb in the quote's sentence).",
        outlets={
            name: {"type": kind, "domain": domain, "aliases": [name, *aliases]}
            for name, (kind, domain, aliases) in OUTLETS.items()
        },
        articles={k: article(k, a) for k, a in ARTICLES.items()},
        stories=stories(),
        quotes=quotes,
    )
    occ = [o for q in quotes for o in q["occurrences"]]
    uncued = sum(not o["speech_verb"] for o in occ)
    print(f"{len(quotes)} statements, {len(occ)} occurrences, {uncued} with no speech verb")


if __name__ == "__main__":
    main()
