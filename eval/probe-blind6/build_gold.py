"""Write eval/probe-blind6/gold.json (the sixth blind probe's gold labels; stdlib only).

Written blind for issue 10, before its author read retold's analysis, compare or link code:
13 invented US political articles on three invented events, with every direct quote of four or
more words labelled with its speaker. Labels follow examples/gold.json (meta.conventions there):
one entry per statement, its occurrences grouped across articles. ``speaker_key`` is the
speaker's surname, as PolNeAR's gold has it; it is left out (names compare whole) for people who
share a surname with another speaker of their article (the Vandermeers, the Hochs, the Delgados,
the Kesslers, the Whitfield sisters), so that a relative's name does not count as right.
Occurrences whose sentence has no speech or writing verb (not even before a colon: "Its
caption:") carry ``"uncued": true``.

    python3 eval/probe-blind6/build_gold.py && python3 examples/check_gold.py eval/probe-blind6/gold.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent

# speaker id -> (full name, speaker_key or None when the surname is shared in the article)
PEOPLE = {
    "Vandermeer": ("Curtis Vandermeer", None),
    "Joanne": ("Joanne Vandermeer", None),
    "Tyler": ("Tyler Vandermeer", None),
    **{
        n.split()[-1]: (n, n.split()[-1])
        for n in [
            "Alisha Brandt",
            "Tessa Lindqvist",
            "Hannah Liebowitz",
            "Michael Daugherty",
            "Dale Pruitt",
            "Gordon Pike",
            "Lisa Carney",
            "Walt Kieffer",
            "Mark Ellery",
            "Kyle Osterhout",
            "Linda Sturgis",
            "Devon Akers",
            "Beth Haney",
            "Rick Halvorsen",
            "Marisol Vega",
            "Ed Mauer",
            "Doug Renner",
            "Paul Dominguez",
            "Brad Stoltz",
            "Ruth Ebersole",
            "Angela Brook",
            "Gary Lindahl",
            "Keith Aldana",
            "Luis Carrasco",
            "Gloria Maddox",
            "Sharon Pettibone",
            "Lena Ashby",
            "Nate Feldman",
            "Mona Ferreira",
            "Bill Tuttle",
            "Amanda Greer",
            "Alma Reyes",
            "Wes Barlow",
            "Claire Nakamura",
            "Bo Whitley",
            "Trey Caldwell",
            "Carolyn Upshaw",
            "Carmen Alvarado",
            "Howard Kim",
            "Jolene Marsh",
        ]
    },
    "PAC": ("Great Lakes Majority PAC", "PAC"),
    "Forum": ("Kansas Taxpayers Forum", "Forum"),
    "Whitfield": ("Carla Whitfield", None),
    "Denise": ("Denise Whitfield", None),
    "JHoch": ("Janet Hoch", None),
    "WHoch": ("Warren Hoch", None),
    "Kessler": ("Tom Kessler", None),
    "Dwight": ("Dwight Kessler", None),
    "Delgado": ("Frank Delgado", None),
    "Ray": ("Ray Delgado", None),
}


def Q(who, text, attribution, *, u=False, multi=False, same=None):
    """One direct quote: a list as text is a split quote (with multi, a multi-paragraph one);
    ``same`` names the statement when its wording differs from another article's."""
    return {"who": who, "text": text, "attr": attribution, "u": u, "multi": multi, "same": same}


def A(outlet, title, published, story, first, quotes, boiler, dateline=None, **extra):
    return {
        "outlet": outlet,
        "title": title,
        "published": published,
        "story": story,
        "first": first,
        "quotes": quotes,
        "boiler": boiler,
        "dateline": dateline,
        **extra,
    }


EMAIL = "messaging for the general, not a governing plan"
OSTER = "I drafted the Sept. 28 email and I sent it without the candidate’s review. That was my failure and nobody else’s."
NOTHING = "Nothing moves a retiree faster than a threat to a check they already count on"
LAW = "The law says four days. It doesn't say four days unless the post office has a bad week"
VOTERS = "These voters did everything the law asked of them. They filled out their ballots, they signed them, they mailed them on time."
RULES = "change the rules after the votes are counted"
HARD = "This wasn't a hard call. This was a board looking for a reason."
SUPPORT = "Support independent conservative journalism. Donate to the Liberty Bugle today."

ARTICLES = {
    "wire/mps-2026-10-06-vandermeer-donor-email.txt": A(
        "Meridian Press Service",
        "Leaked email shows Michigan House candidate told donors his Social Security pledge was for show",
        "2026-10-06",
        "S1",
        "The Sept. 28 email, which went to about 40 donors who had given the maximum to his primary campaign, asked each of them to raise $25,000 more before the end of the quarter.",
        [
            Q("Vandermeer", EMAIL + ",", "according to a copy obtained by Meridian Press Service"),
            Q(
                "Vandermeer",
                [
                    "The numbers on entitlements will have to be dealt with once we are in the majority,",
                    "I would ask you to keep that between us for now.",
                ],
                "the email reads",
            ),
            Q(
                "Vandermeer",
                [
                    "I did not write that email and I do not agree with it,",
                    "My position on Social Security has not changed since the day I got into this race.",
                ],
                "Vandermeer said",
            ),
            Q(
                "Lindqvist",
                [
                    "Kyle made a mistake and he has owned it,",
                    "Curtis has never told a donor anything different from what he tells voters.",
                ],
                "said Tessa Lindqvist, a spokeswoman for the campaign",
                same="lindqvist",
            ),
            Q(
                "Brandt",
                [
                    "He told the people writing the big checks the truth, and he told everyone else a story,",
                    "Now he wants us to believe a staffer wrote his own mind for him.",
                ],
                "Brandt said",
            ),
            Q(
                "Liebowitz",
                [NOTHING + ",", "If this story is still running in two weeks, it will matter."],
                "she said",
                same="nothing",
            ),
            Q(
                "Daugherty",
                "regrets the language and the embarrassment it has caused the candidate.",
                "His lawyer, Michael Daugherty, said in a brief email that his client",
            ),
            Q(
                "Pruitt",
                "a desperate stunt by a campaign that is running out of road",
                "The Michigan Republican Party's chairman, Dale Pruitt, called the leak",
                same="pruitt",
            ),
            Q(
                "Pike",
                "Curtis has a spine and a business record, and that's more than I can say for most people who run for Congress,",
                "Pike told reporters in Lansing",
            ),
            Q(
                "Carney",
                "Put it in writing, Curtis, and sign it yourself this time.",
                "Carney's response was brief.",
                u=True,
            ),
        ],
        [
            "MERIDIAN PRESS SERVICE | Politics",
            "October 6, 2026 4:12 PM EDT",
            "By Jordan Feliciano",
            "(Reporting by Jordan Feliciano; additional reporting by Sam Whitaker in Lansing; Editing by Marguerite Olsen)",
        ],
        "Grand Rapids, Mich.",
    ),
    "papers/capitol-ledger-vandermeer-email-resignation.txt": A(
        "The Capitol Ledger",
        "A Leaked Email, a Resignation and a Tight Race in West Michigan",
        "2026-10-07",
        "S1",
        "Mr. Vandermeer, 58, said he had learned of the email from a reporter.",
        [
            Q(
                "Vandermeer",
                [
                    "I have built things in this district for thirty years, and nobody has ever had to ask me twice whether I meant what I said,",
                    "I’m not going to start now.",
                ],
                "Mr. Vandermeer told a small group of reporters",
            ),
            Q("Vandermeer", EMAIL, "described his promise to protect Social Security benefits as"),
            Q(
                "Vandermeer",
                "Never. Not once. You can ask every one of them.",
                "the developer shook his head",
                u=True,
            ),
            Q(
                "Joanne",
                "Curtis doesn’t read half the mail that goes out with his name on it. I know, because I read the other half.",
                "Joanne Vandermeer, his wife of 31 years",
                u=True,
            ),
            Q(
                "Brandt",
                "He meant every word of it. The only thing he regrets is that you found out.",
                "Her message on Tuesday was simple.",
                u=True,
            ),
            Q(
                "Kieffer",
                [
                    "I’ve voted Republican since Reagan,",
                    "But I’ve been on Social Security for four years and I read that letter three times.",
                ],
                "said Mr. Kieffer",
            ),
            Q(
                "Ellery",
                "a staffer’s bad day, not a candidate’s position",
                "Representative Mark Ellery of Texas, who leads the party’s campaign arm, called the email",
            ),
            Q(
                "Pike",
                "If there’s nothing else in there, show us. That’s the fastest way to end this.",
                "Senator Gordon Pike of Michigan",
                u=True,
            ),
            Q(
                "Lindqvist",
                "Curtis has never told a donor anything different from what he tells voters,",
                "she said",
                same="lindqvist",
            ),
            Q("Osterhout", OSTER, "he wrote:"),
            Q("Liebowitz", NOTHING + ".", "put it bluntly:", same="nothing"),
            Q(
                "Brandt",
                "He said it to them. Now say it to us.",
                "It ends with a line of white text on a black screen:",
                u=True,
            ),
        ],
        ["THE CAPITOL LEDGER", "Wednesday, October 7, 2026", "By Priya Ramaswamy"],
        "Grand Rapids, Mich.",
    ),
    "web/liberty-bugle-brandt-email-stunt.txt": A(
        "Liberty Bugle",
        "The Brandt Campaign's Email Stunt Is Falling Apart",
        "2026-10-08",
        "S1",
        "Michigan GOP chairman Dale Pruitt isn't buying it.",
        [
            Q(
                "Osterhout",
                OSTER.replace("’", "'"),
                "His note could not have been plainer.",
                u=True,
            ),
            Q(
                "Pruitt",
                [
                    "This is a desperate stunt by a campaign that is running out of road,",
                    "Alisha Brandt has been in Lansing for eight years and she can't name one thing she's done for a senior citizen.",
                ],
                "Pruitt told the Bugle",
                same="pruitt",
            ),
            Q(
                "Pruitt",
                "You know who leaked this? Somebody with a donor list and a grudge. Ask the Brandt campaign when they got it, and watch how fast they change the subject.",
                "He wasn't finished.",
                u=True,
            ),
            Q(
                "Vandermeer",
                "I've never cut a check I didn't honor, and I won't start with yours. Social Security stays. Period.",
                "he posted a message on X that his supporters have shared more than 11,000 times:",
            ),
            Q(
                "Brandt",
                "didn't support a resolution that did nothing but make Republicans feel good.",
                "she said she",
            ),
            Q(
                "Sturgis",
                "I read it, and I read what the young man said afterward. I believe him. People make mistakes. What I don't believe is anybody who spends $9 million on television telling me they care about my check.",
                "Linda Sturgis, 72, a retired school secretary from Byron Center",
                u=True,
            ),
            Q(
                "Akers",
                "the email speaks for itself and so does the candidate's signature at the bottom of it.",
                "Her spokesman, Devon Akers, told a Detroit radio station on Wednesday that",
            ),
            Q(
                "PAC",
                "HE TOLD DONORS THE TRUTH. HE TOLD YOU A STORY.",
                "A mailer paid for by the Democratic-aligned Great Lakes Majority PAC",
                u=True,
            ),
            Q(
                "Ellery",
                "Staffer's bad day. Curtis is fine. We are all in.",
                "summed up the mood among Republicans in Washington in a text to the Bugle:",
            ),
            Q(
                "Tyler",
                "People in this county know my dad. They've rented from him, they've worked for him, they've sat next to him at church. One email doesn't change that.",
                "His son Tyler",
                u=True,
            ),
        ],
        [
            "LIBERTY BUGLE",
            "Posted October 8, 2026 by Chet Morrow",
            "Politics | Michigan | Election 2026",
            "Share this post: Facebook | X | Truth Social | Email",
            SUPPORT,
        ],
    ),
    "papers/lakeshore-sentinel-holland-forum-email.txt": A(
        "The Lakeshore Sentinel",
        "Email fallout follows Vandermeer, Brandt onto forum stage in Holland",
        "2026-10-09",
        "S1",
        "Brandt, 44, pressed the point through the rest of the 90-minute forum.",
        [
            Q(
                "Haney",
                "Mr. Vandermeer, did you know what was in that email before it went out?",
                "Haney asked",
            ),
            Q(
                "Vandermeer",
                "No, I did not. And the man who wrote it is gone.",
                "Curtis Vandermeer, the Republican nominee for Michigan's 3rd Congressional District, leaned into his microphone.",
                u=True,
            ),
            Q(
                "Vandermeer",
                "signed off on the strategy, not on every sentence,",
                "Vandermeer, 58, went on to say he had",
            ),
            Q(
                "Brandt",
                [
                    "The strategy was in the sentences,",
                    "You don't get to take credit for one and not the other.",
                ],
                "said state Sen. Alisha Brandt, D-Wyoming, who is running for the open seat after two terms in Lansing and who has made the email the center of her closing argument",
            ),
            Q("Vandermeer", EMAIL + ".", "It described his pledge to protect Social Security as"),
            Q(
                "Brandt",
                [
                    "He wrote down what he really thinks, and he wrote it for people who can afford a $25,000 check,",
                    "I'm asking the people who can't.",
                ],
                "she said",
            ),
            Q(
                "Vandermeer",
                "You want to talk about promises? Here's one. I will vote against any bill that cuts a retiree's benefit. Write it down.",
                "Vandermeer, a real estate developer whose company has built more than 2,000 apartments across West Michigan",
                u=True,
            ),
            Q(
                "Tyler",
                "My dad gets up at five every day and goes to job sites. He doesn't sit around writing donor emails. That's what he paid people for.",
                "the candidate's son, Tyler Vandermeer, who now runs the family business, Vandermeer Development, said",
                u=True,
            ),
            Q(
                "Halvorsen",
                [
                    "Curtis is the same guy in a donor meeting that he is at a church picnic,",
                    "I've seen him at both.",
                ],
                "the Zeeland Republican said",
            ),
            Q(
                "Brandt",
                "Rick's a friend. But Rick wasn't on the email list, and neither was anybody at that church picnic.",
                "She laughed first.",
                u=True,
            ),
            Q(
                "Vega",
                "I came in undecided and I'm leaving undecided. But I wrote down what he said about benefits, and I'm going to hold him to it.",
                "Marisol Vega, 52, a home health aide from Holland",
                u=True,
            ),
        ],
        [
            "THE LAKESHORE SENTINEL",
            "Holland | Zeeland | Grand Haven",
            "Friday, October 9, 2026",
            "By Gretchen Mulder, Sentinel staff writer",
            "Gretchen Mulder covers politics and Ottawa County government for the Sentinel. Reach her at gmulder@lakeshoresentinel.com.",
            "© 2026 The Lakeshore Sentinel. All rights reserved.",
        ],
        "Holland",
    ),
    "web/ncn-vandermeer-should-have-read-email.txt": A(
        "NCN",
        "Vandermeer says he should have read leaked donor email, as senators split on fallout",
        "2026-10-07",
        "S1",
        "The race in Michigan's 3rd District is rated a toss-up by nonpartisan forecasters.",
        [
            Q(
                "Vandermeer",
                "My name is on it. I didn't write it, and I should have read it. That's on me,",
                "Vandermeer told NCN's Dana Price",
            ),
            Q("Vandermeer", EMAIL + ".", "told about 40 major donors that the candidate's pledge"),
            Q(
                "Carney",
                [
                    "He's now told three different stories in three days,",
                    "First he didn't know, then he didn't agree, now he didn't read it. Which one is it?",
                ],
                "the Michigan Democrat said in a statement",
            ),
            Q(
                "Mauer",
                [
                    "Anyone running as a Republican this year needs to be crystal clear that we are not touching Social Security,",
                    "A staffer doesn't write that line unless he thinks the boss agrees with it.",
                ],
                "the Ohio senator told reporters at the Capitol",
            ),
            Q(
                "Pike",
                "Ed's entitled to his view. I know Curtis, and Ed doesn't.",
                "Pike, asked about Mauer's comments, brushed them aside.",
                u=True,
            ),
            Q(
                "Mauer",
                "I'm not telling anybody in Michigan how to vote. I'm telling every Republican candidate what the voters in my state would do to them for writing that email.",
                "The 71-year-old did not back down on Wednesday evening.",
                u=True,
            ),
            Q(
                "Brandt",
                "Read it now, Curtis. Out loud. On camera.",
                "Brandt, appearing later on NCN, kept her answer short.",
                u=True,
            ),
            Q(
                "Daugherty",
                "following the campaign's messaging guidance, which he did not write,",
                "Osterhout's lawyer, Michael Daugherty, told NCN on Wednesday that his client had been",
            ),
            Q(
                "Lindqvist",
                "We're not going to litigate this with a former employee's attorney.",
                "campaign spokeswoman Tessa Lindqvist said,",
            ),
        ],
        [
            "NCN Politics",
            "Updated 9:41 PM ET, Wed October 7, 2026",
            "By Marcus Bell, NCN",
            "NCN's Dana Price and Alex Moreno contributed to this report.",
            "Watch: Vandermeer's full interview on The Evening Brief",
            "Related: The 10 House races most likely to flip in November",
        ],
        notes="Transcript lines (PRICE: / VANDERMEER:) carry no quote marks and are not gold.",
    ),
    "wire/mps-2026-04-17-kansas-budget-veto.txt": A(
        "Meridian Press Service",
        "Kansas governor vetoes $24 billion budget over school cuts, setting up override fight",
        "2026-04-17",
        "S2",
        "The House margin is the harder one.",
        [
            Q(
                "Whitfield",
                [
                    "I was asked to choose between a tax cut that mostly goes to people who will never notice it and the children who need the most help in our classrooms,",
                    "That is not a hard choice.",
                ],
                "Whitfield said",
            ),
            Q(
                "Renner",
                [
                    "We sat across the table from her people for eleven weeks,",
                    "She didn't veto a budget today. She vetoed a compromise.",
                ],
                "Renner said",
            ),
            Q(
                "JHoch",
                "within two weeks, and with room to spare.",
                "Senate President Janet Hoch, R-Hays, said she expected the Senate to override the veto",
            ),
            Q(
                "Kessler",
                [
                    "I voted for this budget because I was told the special education money would be restored in conference, and it wasn't,",
                    "I'm going to take the weekend and talk to my superintendents.",
                ],
                "said Rep. Tom Kessler, an Olathe Republican who chairs the House K-12 budget committee",
            ),
            Q(
                "Dominguez",
                "Not one Democrat is going to vote to take money from a child with a disability to pay for a tax cut,",
                "Dominguez said",
            ),
            Q(
                "Stoltz",
                "Every legislator who voted yes in March will be asked a simple question: did you mean it?",
                "said Brad Stoltz, the group's executive director",
            ),
        ],
        [
            "MERIDIAN PRESS SERVICE | U.S. States",
            "April 17, 2026 6:05 PM CDT",
            "By Renata Holm",
            "(Reporting by Renata Holm in Topeka; Editing by Marguerite Olsen)",
        ],
        "Topeka, Kan.",
    ),
    "papers/flint-hills-courier-statehouse-rally-veto.txt": A(
        "The Flint Hills Courier",
        "Emporia teachers, parents take veto fight to the Statehouse steps",
        "2026-04-22",
        "S2",
        "Ebersole, 71, a retired nurse, has a grandson with autism in the second grade at Walnut Elementary.",
        [
            Q("Ebersole", "My Grandson Is Not A Line Item.", "It read:"),
            Q(
                "Ebersole",
                "He has a para with him four hours a day. That para is the reason he can sit in a classroom at all. If they cut this money, she's the first one to go.",
                "Ebersole, 71, a retired nurse",
                u=True,
            ),
            Q(
                "Whitfield",
                "You are the reason I vetoed this bill, and you will be the reason the veto stands,",
                "the letter said",
            ),
            Q(
                "Brook",
                "I have never gotten this many calls on anything. Not on property taxes, not on guns, not on anything.",
                "Brook, a former school board member, told the crowd she had taken calls from parents all weekend.",
                u=True,
            ),
            Q(
                "Lindahl",
                "I respect everybody who came up here today. But I'm going to make this decision on the numbers, not on the size of a crowd.",
                "The two-term Republican said the rally would not change his mind one way or the other.",
                u=True,
            ),
            Q(
                "Aldana",
                [
                    "That's twenty-two paraprofessionals, or it's nine teachers, or it's some of both,",
                    "There's no version of this where kids don't notice.",
                ],
                "Aldana said",
            ),
            Q(
                "Aldana",
                "You can argue about taxes all day long. What you can't do is tell a family we'll get back to you on their child's therapy.",
                "His position on the aid cut was a different matter.",
                u=True,
            ),
            Q(
                "Dwight",
                "Tom's going to do what Tom does. I'm out here for my own reasons, and I told him so.",
                "The brothers, he said, had not discussed the veto.",
                u=True,
            ),
            Q(
                "Ebersole",
                "I'll bring the sign. I'll bring my grandson too, if they let me.",
                "Ebersole didn't hesitate.",
                u=True,
            ),
        ],
        [
            "THE FLINT HILLS COURIER",
            "Emporia, Kansas",
            "Wednesday, April 22, 2026",
            "By Cody Ashworth, Courier staff",
            "Share this story: Facebook | X | Email",
            "© 2026 The Flint Hills Courier. All rights reserved.",
        ],
        "Topeka",
    ),
    "papers/capitol-ledger-kansas-override-fails.txt": A(
        "The Capitol Ledger",
        "In Kansas, a Budget Veto Survives by One Vote, and a Republican Family Splits Its Ballots",
        "2026-05-01",
        "S2",
        "The tally was 83 to 42.",
        [
            Q(
                "Kessler",
                [
                    "I told my superintendents I would come back with the special education money or I wouldn’t vote for the bill,",
                    "I don’t have the money. So I didn’t vote for the bill.",
                ],
                "Mr. Kessler said in the hallway outside the House chamber after the vote",
            ),
            Q(
                "Renner",
                "One member decided a deal wasn’t a deal. Kansans will remember who kept their word.",
                "he posted on X:",
            ),
            Q(
                "Renner",
                "I think everybody in that chamber knows what happened today.",
                "the speaker did not answer directly",
                u=True,
            ),
            Q(
                "Whitfield",
                [
                    "This was never about me and it was never about a tax cut,",
                    "It was about whether a child in Garden City gets the same shot as a child in Johnson County.",
                ],
                "the governor said",
            ),
            Q(
                "Whitfield",
                "Tomorrow morning I will call the speaker, and I will call the Senate president, and I will ask them to come back to the table with the special education money in the first line of the budget and not the last.",
                "the governor said",
                u=True,
            ),
            Q(
                "JHoch",
                "a campaign speech with a signature at the bottom,",
                "Ms. Hoch called the governor’s veto message",
            ),
            Q(
                "WHoch",
                "Janet and I agree on the tax cut. Where we differ is on how long to stay mad about it, and I’m usually the one who gets over it first.",
                "Mr. Hoch, who voted to override, was gentler.",
                u=True,
            ),
            Q(
                "JHoch",
                "He’s right. He usually is, about that.",
                "His wife, told of the remark, laughed.",
                u=True,
            ),
            Q(
                "Dominguez",
                "The Senate is the easy part for them. The House is where a parent in your district can find your office.",
                "the minority leader, Senator Paul Dominguez of Wichita, had predicted the House result on Tuesday.",
                u=True,
            ),
            Q(
                "Forum",
                "remember this vote in August,",
                "The Kansas Taxpayers Forum, a conservative group that spent more than $1 million on advertising for the tax cut, said in a statement that it would",
            ),
            Q(
                "Kessler",
                "I’ve been threatened by better-funded people than Brad.",
                "Mr. Kessler shrugged when told of Mr. Stoltz’s comments.",
                u=True,
            ),
        ],
        ["THE CAPITOL LEDGER", "Friday, May 1, 2026", "By Elliot Crane"],
        "Topeka, Kan.",
    ),
    "papers/atlas-review-whitfield-long-read.txt": A(
        "The Atlas Review",
        "The Math Teacher Who Beat the Kansas Legislature",
        "2026-05-11",
        "S2",
        "This spring was different, and the reasons begin with a phone call.",
        [
            Q(
                "Whitfield",
                [
                    "I’d have come out here either way,",
                    "But I won’t pretend I didn’t enjoy coming out here today.",
                ],
                "she said afterward",
            ),
            Q(
                "Kessler",
                "I called her back at eleven o’clock and said, are these numbers right? And she said, they’re worse than that, we rounded down.",
                "Kessler, a former high school principal, read it twice.",
                u=True,
            ),
            Q(
                "Renner",
                "Nobody in leadership ever told anyone the money was coming back. We said we would look at it. Those are different sentences.",
                "he was careful not to criticize Kessler by name.",
                u=True,
            ),
            Q(
                "Renner",
                "I’d like a matching set. We’ll see.",
                "He pointed to it when I asked whether he expected a third.",
                u=True,
            ),
            Q(
                "Carrasco",
                [
                    "We didn’t need to win twenty. We needed to win one and keep the Democrats from wobbling.",
                    "And they never wobbled. I want that on the record. Forty-two members held for two straight weeks with every lobbyist in the building on them.",
                ],
                "Luis Carrasco, president of the Kansas Educators Alliance, the state’s largest teachers’ union, says",
                u=True,
                multi=True,
            ),
            Q(
                "Denise",
                "Carla hates a fight. But she hates being wrong more than she hates a fight, so if she’s sure, she’ll fight you.",
                "Her sister, Denise Whitfield, a nurse in Manhattan, Kan., remembers her as",
                u=True,
            ),
            Q(
                "Whitfield",
                "You don’t get a gold star for a veto. The gold star is a budget I can sign, and we’re not there yet.",
                "She describes the override as a test the Legislature failed, not one she passed.",
                u=True,
            ),
            Q(
                "Whitfield",
                "But I’ll tell you what. We’re a lot closer than we were in March.",
                "she added one more line.",
                u=True,
            ),
        ],
        [
            "THE ATLAS REVIEW",
            "Politics & Power | Long Read",
            "May 11, 2026",
            "By Naomi Achterberg",
        ],
        notes="A Q&A block (Q: / A:) carries no quote marks and is not gold.",
    ),
    "papers/sable-valley-record-board-rejects-ballots.txt": A(
        "Sable Valley Record",
        "Election board votes 2-1 not to count 1,140 late mail ballots; commission race hangs on outcome",
        "2026-11-12",
        "S3",
        "The board is scheduled to certify the county's results on Nov. 19.",
        [
            Q(
                "Maddox",
                [LAW + ",", "I don't like this outcome. I like the other one less."],
                "said board chairwoman Gloria Maddox, a Republican who has served on the board since 2014",
                same="law",
            ),
            Q(
                "Pettibone",
                "I read the statute four times this week. I kept hoping it said something different.",
                "Her explanation, when it came, took less than a minute.",
                u=True,
            ),
            Q(
                "Delgado",
                VOTERS
                + " The only people who failed them are the people who were supposed to deliver the mail.",
                "He read it aloud before the vote.",
                u=True,
                same="voters",
            ),
            Q(
                "Ray",
                [
                    "Frank's been doing this a long time, and I've never seen him this upset,",
                    "He's not a yeller. He was yelling.",
                ],
                "Ray Delgado said during a recess",
            ),
            Q(
                "Ashby",
                "I'm not asking anybody to count a ballot for me. I'm asking them to count a ballot, period.",
                "Ashby, a 39-year-old nurse practitioner and former city council member, sat in the front row for the entire meeting.",
                u=True,
            ),
            Q(
                "Feldman",
                [
                    "Sympathy is not a legal standard,",
                    "If this board wants a different deadline, it can ask the Legislature for one. It can't write one tonight.",
                ],
                "Feldman said",
                same="sympathy",
            ),
            Q(
                "Ferreira",
                "The post office dropped the ball, and we're telling 1,140 people to pay for it. My district pays for it,",
                "Ferreira said",
            ),
            Q(
                "Tuttle",
                "Rules are rules. If it had gone the other way, the other side would be saying the same thing I'm saying.",
                "Tuttle disagreed, and said so as he left.",
                u=True,
            ),
            Q(
                "Greer",
                "reviewing every option, including legal action,",
                "Nevada Secretary of State Amanda Greer said in a statement after the vote that her office was",
            ),
            Q(
                "Reyes",
                "Eight days early. I did everything right, and my vote's sitting in a tray somewhere in Reno.",
                "Alma Reyes, 34, held up the tracking page on her phone.",
                u=True,
                same="reyes",
            ),
        ],
        [
            "SABLE VALLEY RECORD",
            "Serving Copper Flat and Sable County since 1907",
            "Thursday, November 12, 2026",
            "By Leah Brandvold, Record staff writer",
            "Have a tip? Email newsroom@sablevalleyrecord.com",
            "© 2026 Sable Valley Record. All rights reserved.",
        ],
        "Copper Flat",
    ),
    "web/ncn-nevada-secretary-sues-sable-county.txt": A(
        "NCN",
        "Nevada's top election official sues county board over 1,140 uncounted mail ballots",
        "2026-11-13",
        "S3",
        "The dispute has drawn attention from Washington.",
        [
            Q(
                "Greer",
                [
                    "No Nevadan should lose their vote because a machine broke in a building they've never seen,",
                    "The law was written to protect voters from exactly this.",
                ],
                "Greer said at a news conference in Carson City",
            ),
            Q(
                "Maddox",
                "no authority to extend a deadline the Legislature set",
                "In a written statement, she said the board had",
            ),
            Q(
                "Maddox",
                "a political stunt with a judge's name on it.",
                "called the lawsuit",
            ),
            Q("Barlow", RULES + ".", "he accused Greer of trying to", same="rules"),
            Q(
                "Barlow",
                [
                    "Amanda Greer has never once shown up in Sable County until there was a race she wanted to win,",
                    "Now she's here with a lawyer.",
                ],
                "Barlow said",
            ),
            Q(
                "Nakamura",
                [
                    "I've asked for every maintenance record for that building going back a year,",
                    "Voters deserve to know whether this was bad luck or bad management.",
                ],
                "the Nevada Democrat said in a statement",
            ),
            Q(
                "Whitley",
                [
                    "If the post office is broken, fix the post office,",
                    "Don't fix the election after it's over.",
                ],
                "the Utah Republican told NCN",
            ),
            Q(
                "Caldwell",
                "Senator Whitley should come to Nevada and explain that to a voter who mailed her ballot eight days early.",
                "Her spokesman, Trey Caldwell, issued a one-line response:",
            ),
            Q(
                "Upshaw",
                "I've watched boards make hard calls. " + HARD,
                "Its executive director, Carolyn Upshaw, has observed every county canvass in Nevada since 2018.",
                u=True,
                same="hard",
            ),
        ],
        [
            "NCN Politics",
            "Updated 7:15 PM ET, Fri November 13, 2026",
            "By Alex Moreno, NCN",
            "NCN's Dana Price contributed to this report.",
            "Watch: Greer on The Evening Brief",
            "Related: Where the last uncalled races of 2026 stand",
        ],
        notes="Transcript lines (PRICE: / GREER:) carry no quote marks and are not gold.",
    ),
    "web/blue-dispatch-sable-county-voters.txt": A(
        "The Blue Dispatch",
        "Meet the Nevada Voters a County Board Just Threw Away",
        "2026-11-14",
        "S3",
        "Alma Reyes did everything right.",
        [
            Q(
                "Reyes",
                "I did everything right, and my vote's sitting in a tray somewhere in Reno,",
                "she told the Sable Valley Record after the meeting",
                same="reyes",
            ),
            Q(
                "Reyes",
                "I keep thinking about my dad. He drove two hours to vote in every election of his life. And I'm the one who gets thrown out, for using a mailbox.",
                "When we reached her on Friday, she was angrier.",
                u=True,
            ),
            Q("Maddox", LAW + ".", "Her defense this time was the statute.", u=True, same="law"),
            Q(
                "Delgado",
                VOTERS,
                "He wrote it down and read it into the record before the vote.",
                u=True,
                same="voters",
            ),
            Q(
                "Ray",
                [
                    "Half the names on that list, I've handed them a sticker,",
                    "These are the people who always vote.",
                ],
                "Ray Delgado told us",
            ),
            Q(
                "Feldman",
                "sympathy is not a legal standard,",
                "Sorrell's lawyer, Nate Feldman, told the board that",
                same="sympathy",
            ),
            Q(
                "Ashby",
                "I'd ask each of them to read me one name off that list and tell me what that person did wrong.",
                "We asked Ashby",
                u=True,
            ),
            Q("Upshaw", HARD, "did not mince words about the board:", same="hard"),
            Q("Barlow", RULES + ",", "accusing Greer of trying to", same="rules"),
            Q(
                "Barlow",
                "Four days means four days. Ask anyone who's ever paid a bill late.",
                "Its caption:",
                u=True,
            ),
        ],
        [
            "THE BLUE DISPATCH",
            "November 14, 2026 | by Rachel Ostrowski",
            "Voting Rights | Nevada",
            "If you value reporting like this, become a Blue Dispatch member today.",
            "Share: Facebook | X | Bluesky | Email",
        ],
        credits=["Sable Valley Record"],
        scare=["shall be counted"],
    ),
    "wire/mps-2026-11-17-nevada-judge-orders-count.txt": A(
        "Meridian Press Service",
        "Nevada judge orders county to count 1,140 delayed mail ballots in close commission race",
        "2026-11-17",
        "S3",
        "The board voted 2-1 last Thursday to reject the ballots, with its two Republican members in the majority.",
        [
            Q(
                "Alvarado",
                "punish voters for a failure that belonged entirely to the government,",
                "District Judge Carmen Alvarado ruled that the board's reading of the deadline would",
            ),
            Q(
                "Alvarado",
                [
                    "A voter who mails a ballot a week early has done more than the law requires,",
                    "The statute does not ask that voter to guarantee the performance of the United States Postal Service.",
                ],
                "Alvarado wrote in a 14-page order",
            ),
            Q(
                "Maddox",
                [
                    "We will count them because a judge told us to count them,",
                    "That is not the same as agreeing with her.",
                ],
                "Maddox said outside the courthouse",
            ),
            Q(
                "Pettibone",
                [
                    "I said Thursday I wished the law said something different. A judge just told me it does,",
                    "I'm not going to spend the county's money arguing with her.",
                ],
                "Pettibone said",
            ),
            Q(
                "Kim",
                "We have the signatures verified already. It's a matter of opening envelopes and running them through the machines,",
                "Kim said",
            ),
            Q(
                "Greer",
                "a win for every voter who trusted the mail.",
                "Greer, speaking to reporters in Carson City, called the ruling",
            ),
            Q(
                "Feldman",
                [
                    "If Mr. Sorrell is still ahead on Thursday, this was a lot of noise about nothing,",
                    "If he isn't, we'll look at every one of those envelopes.",
                ],
                "Feldman said",
            ),
            Q(
                "Ashby",
                [
                    "Most of them didn't even know there was a problem until I called,",
                    "A lot of them cried. One man hung up on me, and then he called back to say thank you.",
                ],
                "Ashby said",
            ),
            Q(
                "Barlow",
                "the rules in this state only apply until a Democrat needs them changed,",
                "The Sable County Republican Party's chairman, Wes Barlow, said the ruling showed that",
            ),
            Q(
                "Marsh",
                "We regret any delay to election mail and are reviewing the equipment failure at the Reno facility,",
                "Marsh said in an emailed statement",
            ),
        ],
        [
            "MERIDIAN PRESS SERVICE | U.S. Politics",
            "November 17, 2026 3:48 PM PST",
            "By Sam Whitaker",
            "(Reporting by Sam Whitaker in Copper Flat; additional reporting by Renata Holm; Editing by Marguerite Olsen)",
        ],
        "Copper Flat, Nev.",
    ),
}

OUTLETS = {
    "Meridian Press Service": ("wire agency", "meridianpress.com", ["MPS"]),
    "The Capitol Ledger": ("national newspaper (US)", "capitolledger.com", ["Capitol Ledger"]),
    "Liberty Bugle": ("partisan blog (conservative)", "libertybugle.com", ["the Bugle"]),
    "The Lakeshore Sentinel": (
        "local paper (Holland, Mich.)",
        "lakeshoresentinel.com",
        ["the Sentinel"],
    ),
    "NCN": ("cable news website", "ncn.com", ["NCN"]),
    "The Flint Hills Courier": (
        "local paper (Emporia, Kan.)",
        "flinthillscourier.com",
        ["the Courier"],
    ),
    "The Atlas Review": ("magazine", "atlasreview.com", ["Atlas Review"]),
    "Sable Valley Record": (
        "local paper (Copper Flat, Nev.)",
        "sablevalleyrecord.com",
        ["the Record"],
    ),
    "The Blue Dispatch": ("partisan blog (progressive)", "bluedispatch.org", ["Blue Dispatch"]),
}
STORIES = {
    "S1": (
        "2026-10-06",
        "A leaked fundraising email in the name of Curtis Vandermeer, Republican nominee in Michigan's 3rd District, calls his Social Security pledge messaging",
    ),
    "S2": (
        "2026-04-17",
        "Kansas Gov. Carla Whitfield vetoes the budget bill over special education cuts; the House override fails by one vote",
    ),
    "S3": (
        "2026-11-12",
        "The Sable County, Nev., election board refuses 1,140 late mail ballots in a close commission race; a judge orders them counted",
    ),
}


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().rstrip(" ,.?").split())


def _occurrence(key: str, q: dict) -> dict:
    occ = {"article": key, "kind": "direct", "fidelity": "verbatim", "attribution": q["attr"]}
    if isinstance(q["text"], list):
        occ["text"] = ("\n\n“" if q["multi"] else " ").join(q["text"])
        occ["segments"] = q["text"]
        occ["multi_paragraph" if q["multi"] else "split"] = True
    else:
        occ["text"] = q["text"]
    if q["u"]:
        occ["uncued"] = True
    return occ


def statements() -> list[dict]:
    """One entry per statement: occurrences with one ``same`` name, or the same words."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for key, article in ARTICLES.items():
        for q in article["quotes"]:
            occ = _occurrence(key, q)
            ident = q["same"] or _norm(occ["text"].replace("\n\n“", " "))
            groups.setdefault((q["who"], ident), []).append(occ)
    quotes = []
    for (who, _), occs in groups.items():
        canonical = max((o["text"].replace("\n\n“", " ") for o in occs), key=len)
        for o in occs:
            if _norm(o["text"].replace("\n\n“", " ")) != _norm(canonical):
                o["fidelity"] = "edited"
        name, surname = PEOPLE[who]
        entry = {"id": f"Q{len(quotes) + 1}", "speaker": name}
        if surname:
            entry["speaker_key"] = surname
        story = next(ARTICLES[o["article"]]["story"] for o in occs)
        entry |= {"story": story, "type": "direct", "canonical": canonical}
        entry |= {"origin_article": occs[0]["article"], "occurrences": occs}
        quotes.append(entry)
    return quotes


def articles() -> dict[str, dict]:
    result = {}
    for key, a in ARTICLES.items():
        result[key] = {
            "outlet": a["outlet"],
            "title": a["title"],
            "published": a["published"],
            "event_date": STORIES[a["story"]][0],
            "story": a["story"],
            "dup_group": None,
            "stale_reprint": False,
            "boilerplate": a["boiler"],
            "body_must_contain": [a["first"]],
            "credits": a.get("credits", []),
            "uncredited_copy_of": None,
            "framing_terms": [],
            "context_added": [],
            "scare_quotes": a.get("scare", []),
            "reject": False,
            "format": "txt",
            "encoding": "utf-8",
            "dateline": a["dateline"],
            "notes": a.get("notes", ""),
        }
    return result


def main() -> None:
    arts = articles()
    stories = {
        sid: {
            "title": title,
            "event_date": date,
            "topic_twin": None,
            "origin_article": next(k for k, a in arts.items() if a["story"] == sid),
            "origin_outlet": next(a["outlet"] for a in arts.values() if a["story"] == sid),
            "articles": [k for k, a in arts.items() if a["story"] == sid],
        }
        for sid, (date, title) in STORIES.items()
    }
    write_gold(
        HERE,
        name="retold sixth blind probe (issue 10): US political news, every attribution shape",
        description="Written blind for issue 10, before reading retold's analysis, compare and link code: three invented US political events (a House candidate's leaked donor email in Michigan, a Kansas budget veto and the override fight, a Nevada county election board's refusal to count late mail ballots) told by nine invented outlets. People, outlets and organisations are invented; real states and cities appear only as setting. Every direct quote of four or more words is labelled; more than a third carry no speech verb in their sentence (uncued: true).",
        schema="Same schema and conventions as examples/gold.json (meta.conventions there); speaker_key as in PolNeAR's gold (the surname), left out where a relative shares it.",
        outlets={k: {"type": t, "domain": d, "aliases": al} for k, (t, d, al) in OUTLETS.items()},
        articles=arts,
        stories=stories,
        quotes=statements(),
    )


if __name__ == "__main__":
    main()
