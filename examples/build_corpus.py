"""Regenerate the files of the example corpus that cannot be kept as plain UTF-8 text.

Writes, under examples/corpus/:

* wire/sextant-2025-03-10-chennai-ship-detained.txt   UTF-8 with CRLF line endings
* wire/sextant-2025-02-25-conwy-valley-floods.txt.gz  gzipped plain text
* papers/morning-clarion/betws-y-coed-guest-house-flood.txt   ISO-8859-1 (Latin-1)
* papers/morning-clarion/kharkiv-cigarettes-frozen-fish.txt   Windows-1252
* web/globegloss/welsh-press-llanrwst-anger.txt        UTF-8 with byte-order mark
* web/globegloss/ostrevan-press-severna-zvezda.txt     Windows-1251 (with Cyrillic)
* feeds/nationalbeacon-latest.gz                       gzipped RSS 2.0 feed, no telling extension
* inbox/empty-download.html                            empty file (to be rejected)
* inbox/page-capture-0311.txt                          binary junk with a PNG-like header (to be rejected)

Standard library only and deterministic (fixed gzip mtime, seeded random bytes), so running it
again gives byte-identical files.  All text is fictional and was written for this corpus.

    python3 examples/build_corpus.py
"""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"

# --------------------------------------------------------------------------------------------
# S3 origin: Sextant Wire, Chennai, 2025-03-10.  Copied verbatim / trimmed / with a new lede by
# other outlets (see gold.json dup_groups D1), so keep it in sync with those files.
# --------------------------------------------------------------------------------------------
SEXTANT_CHENNAI = """SEXTANT WIRE | World News
India detains Ostrevan cargo ship at Chennai over undeclared fertiliser
March 10, 2025 2:37 PM GMT
By Arjun Menon

CHENNAI, India, March 10 (Sextant Wire) - Indian customs officers detained an Ostrevan-flagged bulk carrier at Chennai port on Monday after finding about 4,000 tonnes more fertiliser in its holds than its papers declared, officials said.

The Severna Zvezda, which arrived from the Ostrevan port of Varnik on Saturday, was declared as carrying 31,000 tonnes of urea for a Chennai importer, Kaveri Agro Inputs.

"We found about 4,000 tonnes more in the holds than the papers declare," Anitha Raghavan, the commissioner of customs at Chennai, told reporters at the port. "Until we know where that cargo came from and who paid for it, the ship stays where it is."

Raghavan said the extra cargo may have been loaded at a second port that was not recorded in the ship's log.

The ship's 21 crew members, 17 of them Ostrevan citizens, have not been allowed ashore, according to the ship's local agent, Suresh Pillai.

Ostrevan Foreign Minister Oleg Sarnov said in a statement: "The detention of the Severna Zvezda is unjustified. We expect the ship and its crew to be released within days."

According to shipping documents seen by Sextant Wire, the cargo was bought from Vandermeer Agri, a Rotterdam-based trader, for 9.6 million euros. Vandermeer did not respond to a request for comment.

India, one of the world's largest buyers of urea, has tightened checks on fertiliser imports since last year, when inspectors at two ports found cargoes that had been relabelled to hide their origin, the Coromandel Herald reported last month.

It is the first detention of an Ostrevan-flagged vessel at an Indian port, according to the Directorate General of Shipping.

(Reporting by Arjun Menon in Chennai; Additional reporting by Katya Ilieva in Dolgrad; Editing by Tobias Wren)
© 2025 Sextant Wire. All rights reserved. Republication or redistribution of Sextant Wire content is prohibited without prior written consent.
"""

# --------------------------------------------------------------------------------------------
# S2 origin of D4: Sextant Wire, Llanrwst, 2025-02-25 (gzipped).  Wirestack copies it verbatim.
# --------------------------------------------------------------------------------------------
SEXTANT_CONWY = """SEXTANT WIRE | UK News
North Wales valley floods for second time in five weeks
February 25, 2025 6:48 PM GMT
By Carys Maddox

LLANRWST, Wales, Feb 25 (Sextant Wire) - Rivers burst their banks in the Conwy valley of north Wales for the second time in five weeks on Tuesday, flooding about 90 properties in the tourist village of Betws-y-Coed and the market town of Llanrwst.

Hotel guests in Betws-y-Coed, a gateway to Snowdonia National Park, were evacuated by coach, and the A5 road was closed, the local Valley Echo newspaper reported.

"This is the second time in five weeks, and the ground simply has nowhere left to put the water," Elin Rowlands, a flood manager at the environmental regulator Natural Resources Wales, told the newspaper.

Rowlands told Sextant Wire later on Tuesday that there were limits to what flood walls could achieve. "We are not going to be able to wall off every street in this valley, and people deserve an honest conversation about that," she said.

About 140 homes and businesses in Llanrwst and nearby Trefriw were flooded on Jan. 21, when the River Conwy overtopped a flood wall that had been raised in 2021.

Britain's Met Office has said that winter rainfall in Wales is becoming heavier as the climate warms. The Welsh Government said it would set out support for flooded households on Wednesday.

Trains on the Conwy Valley railway line were suspended between Llandudno Junction and Blaenau Ffestiniog.

(Reporting by Carys Maddox; Editing by Tobias Wren)
© 2025 Sextant Wire. All rights reserved. Republication or redistribution of Sextant Wire content is prohibited without prior written consent.
"""

# --------------------------------------------------------------------------------------------
# S2: The Morning Clarion (Dublin), Latin-1.  Only Latin-1 characters: straight quotes, no dashes
# beyond the hyphen; accented names (Hélène, José, Róisín, Siân).
# --------------------------------------------------------------------------------------------
CLARION_BETWS = """THE MORNING CLARION
Ireland's independent morning paper since 1932
World » UK

Forty guests, twenty minutes: French hotelier's race against the Llugwy

By Róisín Ní Bhriain, Wales and North of England Correspondent
Wed 26 Feb 2025 06:30

25 February Betws-y-Coed, Wales

Hélène Garnier had twenty minutes to move forty guests out of her guest house in Betws-y-Coed on Tuesday morning before the River Llugwy came through the front door.

"We had forty guests and twenty minutes. Nobody panicked, nobody argued, and nobody went back for a suitcase," said Ms Garnier, who moved to north Wales from Lyon in 2009 and runs the eight-room Afon Lodge beside the river.

It was the second flood in the Conwy valley in five weeks. About 55 properties in Betws-y-Coed and 35 in Llanrwst were flooded, some of the Llanrwst homes for the second time this year.

Among Ms Garnier's guests was José Antunes, a hiking instructor from Porto, who said he had watched the river rise "like a bath being filled" from his bedroom window.

PHOTO: Hélène Garnier outside Afon Lodge in Betws-y-Coed on Wednesday. (Clarion photo / Dara Mulcahy)

Elin Rowlands, of the regulator Natural Resources Wales, said the ground had "nowhere left to put the water" after a wet winter.

After the January flood, Rowlands warned that the walls in Llanrwst might not hold "if we get another storm like this before the ground has dried out". Five weeks later, they were overtopped again.

Siân Parry, who chairs the Betws-y-Coed community council, said the village could not afford to be seen as a flood zone with the Easter season only weeks away.

The A5, which carries much of the traffic between the Holyhead ferry port and England, was closed through the village on Tuesday and reopened on Wednesday morning. Ferry passengers heading for Dublin were advised to allow extra time.

Advertisement

Ms Garnier said she expected to reopen by Easter. "The river gives us our view and our customers," she said. "I am not going to fall out with it now."

Get the Clarion's Morning Briefing in your inbox every weekday. Sign up at morningclarion.ie/briefing
© 2025 The Morning Clarion Ltd. Registered in Ireland. All rights reserved.
"""

# --------------------------------------------------------------------------------------------
# S4: The Morning Clarion, Windows-1252: curly quotes, em dashes, euro sign, bullet, single
# guillemet in the breadcrumb, Irish accent (Gardaí).
# --------------------------------------------------------------------------------------------
CLARION_KHARKIV = """14.02.2024
THE MORNING CLARION
Ireland’s independent morning paper since 1932
World › Europe

Cigarettes bound for EU hidden under frozen fish, Kharkiv court hears

By Declan Furlong, Europe Editor

Two Ostrevan lorry drivers have been jailed for four years by a court in Kharkiv for smuggling 1.2 million cigarettes — worth some €360,000 on the black market — in refrigerated trailers loaded with frozen mackerel.

Prosecutors said the cigarettes were destined for Poland and, from there, for markets across western Europe.

“This was not two drivers making a mistake. It was an organised route,” prosecutor Iryna Bondar told the court on Tuesday.

The men’s lawyer, Maksym Lytvyn, said they would appeal. He told reporters that his clients had opened the trailer doors, seen fish and driven off — “that is not a crime anywhere in Europe”.

Advertisement

Revenue officers seized more than 40 million illegal cigarettes at Irish ports last year, and investigators say a growing share now arrives overland through eastern Europe before being shipped on from Dutch and Belgian ports.

Ostreva’s foreign minister, Oleg Sarnov, said the sentences were excessive but that his government would not interfere with Ukraine’s courts.

The two men, Milan Radek, 44, and Stojan Vukas, 39, were arrested in September on the outskirts of Kharkiv. Their families, who travelled from Ostreva for the verdict, left the court without speaking to reporters.

Sextant Wire contributed to this report.

Read more:
• Gardaí seize €2m of tobacco at Rosslare
• Explainer: Why a pack of cigarettes costs €17 in Ireland
Get the Clarion’s Morning Briefing in your inbox every weekday.
© 2024 The Morning Clarion Ltd. Registered in Ireland. All rights reserved.
"""

# --------------------------------------------------------------------------------------------
# S2: GlobeGloss translation of a Welsh-language weekly, UTF-8 with BOM.  Quotes are
# re-translated and attributed with a trailing dash, without quote marks.
# --------------------------------------------------------------------------------------------
GLOBEGLOSS_LLANRWST = """GlobeGloss
The world's news, in your language
Wales desk | 28.02.2025
Welsh press: Llanrwst anger grows as second flood hits before help arrives
Translated from: Yr Afon (Llanrwst), 27 February 2025
Original headline: «Eto fyth!» ("Yet again!")
Translation: GlobeGloss desk
——

For the second time this winter, families in Llanrwst have spent a week carrying ruined furniture out into the street, and there is growing anger in the town at the slow pace of official help, writes the Welsh-language weekly Yr Afon.

The paper spoke to families on the west bank of the Conwy whose homes were flooded on January 21 and again on February 25.

We had new carpets delivered on Monday. On Tuesday they were floating - said Ffion Jenkins, a mother of three.

Mayor Gareth Pryce told the paper that half of the town had not yet dried out from January.

It is the second time in five weeks. There is nowhere left in the ground for the water to go - said Elin Rowlands of Natural Resources Wales.

According to Yr Afon, the Welsh Government's emergency grants had reached only a third of the households flooded in January by the time the second flood struck.

Nobody from Cardiff has come to look at this wall. They send us leaflets - the mayor added.

The paper reports that a public meeting about the flood defences will be held at the town hall on Monday evening, and that officials from Natural Resources Wales have agreed to attend.

——
This translation was produced with machine assistance and checked by GlobeGloss editors. GlobeGloss is not affiliated with Yr Afon.
Spotted a mistranslation? Write to fixes@globegloss.com
© 2025 GlobeGloss
"""

# --------------------------------------------------------------------------------------------
# S3: GlobeGloss translation of an Ostrevan daily, Windows-1251 (Cyrillic names with English
# renderings, «angle» quotes, em dashes).
# --------------------------------------------------------------------------------------------
GLOBEGLOSS_ZVEZDA = """GlobeGloss
The world's news, in your language
Europe desk | 12.03.2025 09:40
Ostrevan press: Minister vows to bring Severna Zvezda crew home from India
Translated from: Ostrevski Vestnik (Остревски вестник, Dolgrad), 11 March 2025
Original headline: «Моряците ще се върнат у дома» ("The sailors will come home")
Translation: GlobeGloss desk
——

The government in Dolgrad will not leave the 21 sailors of the bulk carrier Severna Zvezda (Северна звезда) without protection and is ready to send a government aircraft to India to bring them home, writes Ostrevski Vestnik.

The detention of the Severna Zvezda has no legal basis. We expect the ship and the crew to be released within days - Minister Sarnov said.

According to the newspaper, the foreign ministry has sent a formal note to the Indian embassy in Dolgrad and asked for consular access to the crew in Chennai.

The sailors are in good health, they have food and water, and their families speak to them every day - the minister added.

Ostrevski Vestnik reports that the ship's owner, Varnik Bulk Shipping, insists that all of the cargo was loaded in Varnik and recorded correctly.

The captain, Bogdan Teslev, has sailed for the company for 22 years. His wife, Radka Tesleva, told the newspaper: «He has done nothing wrong. We just want him home.»

Indian customs, for their part, say that about 4,000 tonnes of urea were found on board that did not appear in the documents.

——
Machine-assisted translation, checked by GlobeGloss editors. GlobeGloss is not affiliated with Ostrevski Vestnik.
Spotted a mistranslation? Write to fixes@globegloss.com
© 2025 GlobeGloss
"""

# --------------------------------------------------------------------------------------------
# The National Beacon RSS feed, gzipped, saved without a telling extension.
# Item 1 is the Sextant Chennai story verbatim (D1); item 2 is Beacon's own S2 story.
# --------------------------------------------------------------------------------------------
_CHENNAI_BODY = SEXTANT_CHENNAI.split("\n\n", 1)[1].rsplit("\n(Reporting", 1)[0].strip()
_CHENNAI_REPORTING = "(Reporting" + SEXTANT_CHENNAI.rsplit("\n(Reporting", 1)[1].split("\n")[0]


def _paras(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in text.split("\n\n"))


BEACON_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The National Beacon | Latest</title>
<link>https://www.nationalbeacon.co.uk/</link>
<description>Latest news from The National Beacon</description>
<language>en-gb</language>
<copyright>© 2025 National Beacon Media Ltd</copyright>
<lastBuildDate>Mon, 10 Mar 2025 16:20:00 +0000</lastBuildDate>
<ttl>15</ttl>
<item>
<title>India holds Ostrevan bulk carrier at Chennai in cargo dispute</title>
<link>https://www.nationalbeacon.co.uk/world/2025/mar/10/india-holds-ostrevan-bulk-carrier-chennai</link>
<guid isPermaLink="false">nb-world-20250310-1183</guid>
<pubDate>Mon, 10 Mar 2025 16:05:00 +0000</pubDate>
<dc:creator>Sextant Wire</dc:creator>
<category>World</category>
<description>Customs say the Severna Zvezda carried thousands of tonnes more urea than declared.</description>
<content:encoded><![CDATA[{_paras(_CHENNAI_BODY)}
<p>{_CHENNAI_REPORTING}</p>]]></content:encoded>
</item>
<item>
<title>Second flood in five weeks swamps Snowdonia’s busiest village</title>
<link>https://www.nationalbeacon.co.uk/uk/wales/2025/feb/26/betws-y-coed-second-flood</link>
<guid isPermaLink="false">nb-uk-20250226-0412</guid>
<pubDate>Wed, 26 Feb 2025 07:30:00 +0000</pubDate>
<dc:creator>Rhiannon Tate</dc:creator>
<category>UK</category>
<description>Betws-y-Coed counts the cost as the Llugwy floods its main street.</description>
<content:encoded><![CDATA[<p>Betws-y-Coed, the village that calls itself the gateway to Snowdonia, was cleaning up on Wednesday after the River Llugwy flooded its main street, five weeks after floods further down the Conwy valley.</p>
<p>About 55 properties in the village were flooded on Tuesday, among them four hotels that had to move guests out at short notice, and a further 35 were flooded in Llanrwst.</p>
<p>Elin Rowlands of Natural Resources Wales said walls could not be the whole answer. “We are not going to be able to wall off every street in this valley,” she told Sextant Wire.</p>
<p>In January, Rowlands said “nothing is off the table” when asked whether the Llanrwst wall would be raised. On Wednesday she said a review of the wall’s height would be published in the spring.</p>
<p>Betws-y-Coed receives more than a million visitors a year, and tourism accounts for about four in every five jobs in the village, according to Conwy County Borough Council.</p>
<p>Hotel owners said the timing could hardly be worse, with bookings for the Easter holidays now being taken.</p>
<p>The Welsh Government said on Wednesday that it would offer grants of up to £1,000 to flooded households and businesses.</p>
<p><em>Sign up to the Beacon Briefing, our free morning newsletter</em></p>]]></content:encoded>
</item>
</channel>
</rss>
"""


CHECK = "--check" in sys.argv  # compare with the files on disk instead of writing them
DIFFERENT: list[str] = []


def _write(rel: str, data: bytes) -> None:
    path = CORPUS / rel
    if CHECK:
        if not path.exists() or path.read_bytes() != data:
            DIFFERENT.append(rel)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {rel} ({len(data)} bytes)")


def _gzip(data: bytes) -> bytes:
    # mtime=0 and no embedded file name keep the output byte-identical between runs
    return gzip.compress(data, compresslevel=9, mtime=0)


def _junk() -> bytes:
    rng = random.Random(20250311)
    header = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00"
    )
    return header + bytes(rng.randrange(256) for _ in range(3072))


def main() -> None:
    _write(
        "wire/sextant-2025-03-10-chennai-ship-detained.txt",
        SEXTANT_CHENNAI.replace("\n", "\r\n").encode("utf-8"),
    )
    _write(
        "wire/sextant-2025-02-25-conwy-valley-floods.txt.gz", _gzip(SEXTANT_CONWY.encode("utf-8"))
    )
    _write(
        "papers/morning-clarion/betws-y-coed-guest-house-flood.txt",
        CLARION_BETWS.encode("iso-8859-1"),
    )
    _write(
        "papers/morning-clarion/kharkiv-cigarettes-frozen-fish.txt",
        CLARION_KHARKIV.encode("cp1252"),
    )
    _write("web/globegloss/welsh-press-llanrwst-anger.txt", GLOBEGLOSS_LLANRWST.encode("utf-8-sig"))
    _write("web/globegloss/ostrevan-press-severna-zvezda.txt", GLOBEGLOSS_ZVEZDA.encode("cp1251"))
    _write("feeds/nationalbeacon-latest.gz", _gzip(BEACON_FEED.encode("utf-8")))
    _write("inbox/empty-download.html", b"")
    _write("inbox/page-capture-0311.txt", _junk())


if __name__ == "__main__":
    main()
    if DIFFERENT:
        sys.exit("differs from build_corpus.py: " + ", ".join(DIFFERENT))
