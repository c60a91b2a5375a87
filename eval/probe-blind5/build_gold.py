"""Write eval/probe-blind5/gold.json (the fifth blind probe's gold labels; stdlib only).

Written blind for issue 10 (before reading retold's analysis, compare and link code): eleven
invented US political news articles about three invented events, in several outlets' voices.
Each article lists, in reading order, the speaker of every double-quoted span in its body;
``"+"`` continues the previous quote (a split quote), ``None`` marks a scare quote or a
quote of no knowable source. Spans under four words become scare quotes (the gold scores
direct quotes of four words or more). Labels follow examples/gold.json's conventions.

    python3 eval/probe-blind5/build_gold.py && python3 examples/check_gold.py eval/probe-blind5/gold.json
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
EVENTS = {"S1": "2026-06-02", "S2": "2026-05-13", "S3": "2026-04-28"}
CONT = "+"
CREST = ("Crestline Water Company", "Crestline")


def p(name, attribution):
    """A person speaker: full name, surname key, attribution as printed ('' when uncued)."""
    return (name, name.split()[-1], attribution)


def org(who, attribution=""):
    return (*who, attribution)


OUTLETS = {
    "Allied Wire": ("wire agency", "alliedwire.com"),
    "Boise Valley Tribune": ("local paper (Boise)", "boisevalleytribune.com"),
    "The Liberty Drum": ("partisan blog", "libertydrum.com"),
    "NewsNow24": ("cable-news website", "newsnow24.com"),
    "The Capital Ledger": ("national broadsheet", "capitalledger.com"),
    "Keystone Courier": ("local paper (central Pennsylvania)", "keystonecourier.com"),
    "The Meridian": ("magazine", "themeridian.com"),
    "Peach State Herald": ("regional paper (Georgia)", "peachstateherald.com"),
}

# key: (outlet, title, published, story, dateline, boilerplate, speakers in reading order)
ARTICLES = {
    "wire/allied-2026-06-02-boise-recall.txt": (
        "Allied Wire",
        "Boise mayor ousted in recall after water-rate fight",
        "2026-06-02",
        "S1",
        "Boise, Idaho",
        [
            "ALLIED WIRE | U.S. Politics",
            "June 2, 2026 11:48 PM EDT",
            "By Corey Abernathy",
            "(Reporting by Corey Abernathy; Editing by Dana Voigt)",
        ],
        [
            p("Marisol Quintero", "said Marisol Quintero"),
            p("Lyle Pendergast", "the statement said"),
            CONT,
            p("Bev Hollis", "she said"),
            p("Aaron Feld", "Feld called the recall"),
            p("Ray Tull", "said Ray Tull"),
            CONT,
            p("Anita Brooks", "Brooks said"),
            p("Dwight Kessel", "said in a post on X that the vote was"),
        ],
    ),
    "papers/boise-valley-tribune-recall-night.txt": (
        "Boise Valley Tribune",
        "'They were heard': Inside recall night, from a union hall to a quiet City Hall",
        "2026-06-03",
        "S1",
        None,
        [
            "BOISE VALLEY TRIBUNE",
            "Wednesday, June 3, 2026",
            "By Hailey Serrano, Tribune staff writer",
        ],
        [
            p("Marisol Quintero", "she told him"),
            CONT,
            p("Diego Quintero", "he said"),
            CONT,
            p("Dorothy Pendergast", "Ms. Pendergast said"),
            CONT,
            p("Aaron Feld", "sent a two-line email"),
            p("Glenda Marsh", "read"),
            p("Glenda Marsh", "Marsh said"),
            p("Bev Hollis", "she said"),
            CONT,
            p("Bev Hollis", "she said"),
            p("Marisol Quintero", "she said"),
            CONT,
            p("Marisol Quintero", "she said"),
            CONT,
        ],
    ),
    "web/liberty-drum-boise-recall.txt": (
        "The Liberty Drum",
        "Boise Just Fired Its Mayor. Every Liberal Mayor In America Should Be Sweating.",
        "2026-06-03",
        "S1",
        None,
        ["THE LIBERTY DRUM", "Posted June 3, 2026 by Trent Gallagher"],
        [
            None,
            None,
            p("Lyle Pendergast", "under the subject line"),
            p("Lyle Pendergast", "in a fundraising email"),
            p("Marisol Quintero", "Quintero told The Drum"),
            CONT,
            p("Lyle Pendergast", "Pendergast gave an answer"),
            p("Dwight Kessel", "put it bluntly in a statement Tuesday night:"),
            p("Rhonda Vail", "calling the recall"),
            p("Bev Hollis", "Her take, per the Boise Valley Tribune:"),
            p("Marisol Quintero", "she said"),
            CONT,
        ],
    ),
    "web/newsnow24-boise-recall-quintero.txt": (
        "NewsNow24",
        "Bus driver who toppled Boise mayor: 'My special interest is my water bill'",
        "2026-06-03",
        "S1",
        None,
        ["Politics | June 3, 2026 9:14 AM ET", "By Kyle Brennan, NewsNow24"],
        [
            p("Marisol Quintero", "she said"),
            CONT,
            p("Lyle Pendergast", "Pendergast said:"),
            None,
            p("Rhonda Vail", "Vail said in an interview Wednesday"),
            p("Dwight Kessel", "he said"),
            p("Bev Hollis", "she said"),
            p("Marisol Quintero", "she said"),
            CONT,
        ],
    ),
    "papers/capital-ledger-crestline-lawsuit.txt": (
        "The Capital Ledger",
        "Pennsylvania Sues Water Company Over Contamination in Three Towns",
        "2026-05-14",
        "S2",
        "Harrisburg, Pa.",
        [
            "THE CAPITAL LEDGER",
            "Thursday, May 14, 2026",
            "By Miriam Okeke and Josh Landau",
        ],
        [
            p("Helen Marchetti", "Attorney General Helen Marchetti said"),
            CONT,
            p("Curtis Boland", "was quoted in the complaint:"),
            org(CREST, "the company said it had"),
            org(CREST, "would"),
            p("Grant Velder", "called the lawsuit"),
            p("Grant Velder", "told staff that the company's water"),
            p("Frank Dobbs", "Mr. Dobbs said"),
            p("Janelle Price", "Ms. Price said"),
            CONT,
            p("Carol Whitney", "said Carol Whitney"),
            CONT,
            p("Dale Whitney", "Mr. Whitney said"),
        ],
    ),
    "web/newsnow24-crestline-marchetti.txt": (
        "NewsNow24",
        "AG Marchetti takes on water giant: 'That is a betrayal'",
        "2026-05-13",
        "S2",
        None,
        ["Politics | May 13, 2026 6:05 PM ET", "By Kyle Brennan, NewsNow24"],
        [
            p("Helen Marchetti", "Marchetti said"),
            p("Helen Marchetti", "Her answer:"),
            org(CREST, "the company said it"),
            p("Lisa Ahn", "Ahn said"),
            p("Frank Dobbs", "Dobbs told NewsNow24"),
            p("Janelle Price", "the congresswoman wrote"),
            p("Tom Albers", "Albers said"),
            CONT,
        ],
    ),
    "papers/keystone-courier-millersburg-water.txt": (
        "Keystone Courier",
        "Millersburg residents pack fire hall after state sues Crestline",
        "2026-05-15",
        "S2",
        "Millersburg",
        ["KEYSTONE COURIER", "Friday, May 15, 2026", "By Amos Yoder, Courier staff"],
        [
            p("Lisa Ahn", "said Lisa Ahn"),
            p("Wendell Strock", "Strock said"),
            CONT,
            p("Tom Albers", "Albers said"),
            CONT,
            p("Kevin Reich", "Kevin Reich said"),
            CONT,
            p("Pauline Reich", "Mrs. Reich said"),
            p("Joan Hatfield", "Hatfield said"),
            None,
            p("Brian Yost", "Yost said"),
        ],
    ),
    "web/liberty-drum-crestline-marchetti.txt": (
        "The Liberty Drum",
        "Helen Marchetti's Lawsuit Is A Campaign Ad With A Docket Number",
        "2026-05-14",
        "S2",
        None,
        ["THE LIBERTY DRUM", "Posted May 14, 2026 by Trent Gallagher"],
        [
            p("Helen Marchetti", "the attorney general told the cameras"),
            org(CREST, "which says the company"),
            p("Grant Velder", "Velder wrote"),
            None,
            p("Joan Hatfield", "she was"),
            p("Joan Hatfield", "Hatfield said"),
            CONT,
            None,
            None,
        ],
    ),
    "wire/allied-2026-04-28-georgia-debate.txt": (
        "Allied Wire",
        "Georgia Republican hopefuls clash over prisons, taxes in first primary debate",
        "2026-04-28",
        "S3",
        "Atlanta",
        [
            "ALLIED WIRE | U.S. Politics",
            "April 28, 2026 10:37 PM EDT",
            "By Renee Castillo",
            "(Reporting by Renee Castillo; Editing by Dana Voigt)",
        ],
        [
            p("Brent Saylor", "Saylor said"),
            p("Walt Hanley", "shot back that the developer had"),
            p("Walt Hanley", "Hanley said"),
            p("Kim Oduya", "she said"),
            p("Walt Hanley", "Hanley said he supported"),
            None,
            None,
            p("Brent Saylor", "The ad's narrator says:"),
            p("Pete Durso", "Durso said in a statement"),
        ],
    ),
    "web/meridian-georgia-debate-longread.txt": (
        "The Meridian",
        "The Comeback and the Checkbook: Inside Georgia's strangest primary",
        "2026-05-04",
        "S3",
        None,
        ["THE MERIDIAN", "Politics | May 4, 2026", "By Nathaniel Reyes-Ford"],
        [
            p("Walt Hanley", "he told me"),
            CONT,
            p("Brent Saylor", "a narrator asks,"),
            p("Brent Saylor", "Saylor said"),
            CONT,
            p("Grace Oduya", "Grace Oduya said"),
            CONT,
            p("Marcus Webb", "Mr. Webb said"),
            CONT,
            p("Walt Hanley", "the former governor said"),
            CONT,
        ],
    ),
    "papers/peach-state-herald-debate-reaction.txt": (
        "Peach State Herald",
        "After debate, Saylor and Hanley camps trade jabs as Oduya heads home to Macon",
        "2026-04-29",
        "S3",
        None,
        [
            "PEACH STATE HERALD",
            "Wednesday, April 29, 2026",
            "By LaToya Simms, Herald political writer",
        ],
        [
            p("Walt Hanley", "said his rival's attack on his prison record was"),
            p("Walt Hanley", "Hanley said"),
            CONT,
            p("Brittany Lowe", "Lowe said"),
            CONT,
            p("Roy Tillman", "called Saylor's ads"),
            p("Carla Beaumont", "the Tennessee senator said in a statement"),
            CONT,
            p("Roy Tillman", "he said"),
            CONT,
            p("Luis Ferrante", "said Oduya's campaign manager, Luis Ferrante"),
            CONT,
            None,
            p("Kim Oduya", "she said"),
            CONT,
            p("Denise Carter", "Denise Carter said"),
            CONT,
            p("Monica Carter", "Monica Carter said"),
        ],
    ),
}
STORY_TITLES = {
    "S1": "Boise voters recall Mayor Lyle Pendergast after a water-rate increase",
    "S2": "Pennsylvania's attorney general sues the Crestline Water Company over hidden contamination",
    "S3": "First televised Georgia Republican primary debate for governor (Hanley, Saylor, Oduya)",
}
SPAN = re.compile(r'"([^"\n]+)"')


def body_of(text: str) -> tuple[list[str], str]:
    """The quoted spans of the body (after the byline line) and its first paragraph."""
    lines = text.splitlines()
    start = max(i for i, line in enumerate(lines[:8]) if line.startswith(("By ", "Posted ")))
    start = max(start, 3)  # a blog's title follows its "Posted" line
    body = "\n".join(lines[start + 1 :])
    first = next(line for line in lines[start + 1 :] if line.strip())
    return SPAN.findall(body), first


def main() -> None:
    quotes: dict[tuple[str, str], dict] = {}
    articles = {}
    for key, (outlet, title, published, story, dateline, boiler, speakers) in ARTICLES.items():
        spans, first = body_of((CORPUS / key).read_text(encoding="utf-8"))
        assert len(spans) == len(speakers), (key, len(spans), len(speakers))
        groups: list[tuple[tuple | None, list[str]]] = []
        for span, who in zip(spans, speakers, strict=True):
            if who == CONT:
                groups[-1][1].append(span)
            else:
                groups.append((who, [span]))
        scare = [g[1][0] for g in groups if g[0] is None or len(" ".join(g[1]).split()) < 4]
        occs = [g for g in groups if g[1][0] not in scare]
        for (name, surname, attribution), segments in occs:
            occ = {"article": key, "kind": "direct", "fidelity": "verbatim"}
            occ["attribution"] = attribution
            occ["text"] = " ".join(segments)
            if len(segments) > 1:
                occ["segments"], occ["split"] = segments, True
            canonical = re.sub(r",$", ".", occ["text"])
            entry = quotes.setdefault(
                (name, canonical),
                {
                    "speaker": name,
                    "speaker_key": surname,
                    "story": story,
                    "type": "direct",
                    "canonical": canonical,
                    "origin_article": key,
                    "occurrences": [],
                },
            )
            entry["occurrences"].append(occ)
        articles[key] = {
            "outlet": outlet,
            "title": title,
            "published": published,
            "event_date": EVENTS[story],
            "story": story,
            "dup_group": None,
            "stale_reprint": False,
            "boilerplate": boiler,
            "body_must_contain": [first],
            "credits": [],
            "uncredited_copy_of": None,
            "framing_terms": [],
            "context_added": [],
            "scare_quotes": scare,
            "reject": False,
            "format": "txt",
            "encoding": "utf-8",
            "dateline": dateline,
            "notes": "",
        }
    stories = {
        sid: {
            "title": STORY_TITLES[sid],
            "event_date": EVENTS[sid],
            "topic_twin": None,
            "origin_article": next(k for k, a in articles.items() if a["story"] == sid),
            "origin_outlet": next(a["outlet"] for a in articles.values() if a["story"] == sid),
            "articles": [k for k, a in articles.items() if a["story"] == sid],
        }
        for sid in EVENTS
    }
    qlist = [{"id": f"Q{n}", **entry} for n, entry in enumerate(quotes.values(), 1)]
    write_gold(
        HERE,
        name="retold fifth blind probe: US political news (issue 10)",
        description="Written blind, before reading retold's analysis, compare and link code: three invented US political events (a Boise mayoral recall, a Pennsylvania attorney general's suit against a water company, a Georgia Republican primary debate) told by eight invented outlets. People, outlets and companies are invented; real places appear only as setting.",
        schema="Same schema and conventions as examples/gold.json (meta.conventions there); speaker_key is the speaker's surname (an organisation's head name).",
        outlets={k: {"type": t, "domain": d, "aliases": [k]} for k, (t, d) in OUTLETS.items()},
        articles=articles,
        stories=stories,
        quotes=qlist,
    )


if __name__ == "__main__":
    main()
