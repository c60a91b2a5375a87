"""Outlets: from metadata, known domains, title tails, (vouched-for) copyright lines and
the name a page gives itself again and again in its furniture."""

from __future__ import annotations

import pytest

from helpers import P1, P2, P3, clean
from retold.clean.metadata import (
    Domain,
    copyright_owner,
    outlet_from_domain,
    outlet_from_site_name,
    outlet_from_title,
)
from retold.clean.outlets import COPYRIGHT as BY_COPYRIGHT
from retold.clean.outlets import (
    HOST,
    LABEL,
    LOGO,
    PHRASE,
    ROLE,
    OutletEvidence,
    choose_outlet,
    furniture_outlet,
    read_name,
)


@pytest.mark.parametrize(
    ("domain", "outlet"),
    [
        ("foxnews.com", "Fox News"),
        ("https://latino.foxnews.com/lifestyle/story", "Fox News"),
        ("www.huffpost.com", "HuffPost"),
        ("huffingtonpost.co.uk", "HuffPost"),
        ("https://www.nytimes.com/2024/05/02/world/ferry.html", "The New York Times"),
        ("cbsnews.com", "CBS News"),
        ("www.washingtonpost.com", "The Washington Post"),
        ("wsj.com", "The Wall Street Journal"),
        ("https://www.aljazeera.com/news/", "Al Jazeera"),
        ("amp.theguardian.com", "The Guardian"),
        ("nbcnews.com", "NBC News"),
        ("news.bbc.co.uk", "BBC"),
        ("edition.cnn.com", "CNN"),
        ("RT.com", "RT"),
        # unknown: the registered domain's label, readable
        ("https://www.lakeport-gazette.example/ferry", "Lakeport Gazette"),
        ("blog.kestrelwire.com", "Kestrelwire"),
        ("nj.com", "NJ"),
        ("HarbourHerald.co.uk", "HarbourHerald"),  # spelled so in the text
    ],
)
def test_outlet_from_domain(domain: str, outlet: str) -> None:
    assert outlet_from_domain(domain) == outlet


@pytest.mark.parametrize("text", ["U.S.", "localhost", "not a host", "", "http://[::1]/x"])
def test_no_domain(text: str) -> None:
    assert Domain.of(text) is None


@pytest.mark.parametrize(
    ("name", "url", "agrees"),
    [
        ("TheHill", "https://thehill.com/x", True),
        ("The Hill", "https://thehill.com/x", True),
        ("WSJ", "https://www.wsj.com/x", True),
        ("Wall Street Journal", "https://www.wsj.com/x", True),
        ("Los Angeles Times", "https://www.latimes.com/x", True),
        ("CBSSports.com", "https://www.cbssports.com/x", True),
        ("Sportsnet.ca", "https://www.sportsnet.ca/x", True),
        ("Twin Cities", "https://www.twincities.com/x", True),
        ("Hearst Communications", "https://www.ctpost.com/x", False),
        ("World", "https://www.harbourherald.example/x", False),
    ],
)
def test_domain_agrees(name: str, url: str, agrees: bool) -> None:
    domain = Domain.of(url)
    assert domain is not None
    assert domain.agrees(name) is agrees


@pytest.mark.parametrize(
    ("site_name", "outlet"),
    [
        ("Harbour Herald", "Harbour Herald"),
        ("Hosted", None),  # what some wire pages say
        ("U.S.", None),  # a desk, not a name
        ("Sportsnet.ca", "Sportsnet"),
        ("lakeport-gazette.example", "Lakeport Gazette"),
        ("Associated Press", "Associated Press"),
        ("BBC News", "BBC"),
        (
            "Lakeport Gazette | News from the lakeshore",
            "Lakeport Gazette | News from the lakeshore",
        ),
        ("", None),
    ],
)
def test_outlet_from_site_name(site_name: str, outlet: str | None) -> None:
    assert outlet_from_site_name(site_name) == outlet


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("Ferry fares to rise in spring | Harbour Herald", None, ("Harbour Herald", False)),
        (
            "Ferry fares to rise in spring - Harbour Herald",
            "harbourherald.example",
            ("Harbour Herald", True),
        ),
        ("Ferry fares to rise in spring – Reuters", None, ("Reuters", True)),
        ("Ferry fares to rise in spring - lakeport.com", None, ("Lakeport", True)),
        ("Ferry fares to rise in spring : CityWire", None, ("CityWire", False)),
        ("Ferry fares to rise in spring | Travel | News | Al Jazeera", None, ("Al Jazeera", True)),
        (
            "Harbour Herald | Ferry fares to rise in spring",
            "harbourherald.example",
            ("Harbour Herald", True),
        ),
        # no outlet: no tail, a section, a sentence, a masthead line with its tagline
        ("Ferry fares to rise in spring", None, (None, False)),
        ("Ferry fares to rise in spring | World", None, (None, False)),
        ("Review - shoots for the moon, lands among the stars", None, (None, False)),
        ("Harbour Herald | World › Europe", None, (None, False)),
        ("DSB NEWS | Dravonian State Broadcaster – English Service", None, (None, False)),
        (None, None, (None, False)),
    ],
)
def test_outlet_from_title(
    title: str | None, url: str | None, expected: tuple[str | None, bool]
) -> None:
    assert outlet_from_title(title, Domain.of(url)) == expected


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© 2024 Harbour Herald Ltd. All rights reserved.", "Harbour Herald"),
        ("Copyright © 2019 CityWire. Limited", "CityWire"),
        ("© 2025 Wirestack. Content belongs to its respective owners.", "Wirestack"),
        ("© The Lakeport News, a Lakeshore Media Newspaper", "The Lakeport News"),
        ("© 2019 Lakeport.info All Rights Reserved.", "Lakeport.info"),
        ("© Copyright Gannett 2018", "Gannett"),  # an owner: the outlet only when vouched for
        # nothing owned
        ("© 2019", None),
        ("Copyright 2019 All rights reserved", None),
        ("Copyright Policy", None),  # a link
        ("© Reuters", None),  # a photo credit
        ("© Jane Roe", None),
        ("© 2019 Designed by Gray Pixel", None),
    ],
)
def test_copyright_owner(line: str, owner: str | None) -> None:
    assert copyright_owner(line) == owner


COPYRIGHT = "© 2024 Harbour Communications. All rights reserved."


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        pytest.param(OutletEvidence(furniture=(COPYRIGHT,)), (None, "none"), id="owner-alone"),
        pytest.param(
            OutletEvidence(furniture=("© 2019 CBS Interactive Inc. All rights reserved.",)),
            (None, "none"),
            id="corporate-owner",
        ),
        pytest.param(
            OutletEvidence(furniture=("© 2024. All rights reserved.",)), (None, "none"), id="year"
        ),
        pytest.param(
            OutletEvidence(furniture=("© 2024 Reuters. All rights reserved.",)),
            ("Reuters", "copyright"),
            id="a-known-outlet",
        ),
        pytest.param(
            OutletEvidence(furniture=("Wirestack — Every wire, one feed.", "© 2025 Wirestack.")),
            ("Wirestack", "copyright"),
            id="vouched-by-its-tagline",
        ),
        pytest.param(
            OutletEvidence(
                url="https://www.harbourherald.example/ferry",
                furniture=("© 2024 Harbour Herald Ltd. All rights reserved.",),
            ),
            ("Harbour Herald", "copyright"),
            id="vouched-by-the-domain",
        ),
        pytest.param(
            OutletEvidence(url="https://www.harbourherald.example/ferry", furniture=(COPYRIGHT,)),
            ("Harbourherald", "url"),
            id="the-domain-over-an-owner",
        ),
        pytest.param(
            OutletEvidence(
                title="A Loja Fantástica dos Materiais Educativos - Lakeport Gazette",
                masthead="A Loja Fantástica dos Materiais Educativos",
            ),
            ("Lakeport Gazette", "title"),
            id="masthead-read-off-the-title-line",
        ),
        pytest.param(
            OutletEvidence(
                title="Ferry fares rise again - Harbour Herald",
                masthead="Harbour Herald Top Stories",
            ),
            ("Harbour Herald", "masthead"),
            id="masthead-with-a-label-after-the-tab-tail",
        ),
        pytest.param(
            OutletEvidence(title="Harbour Herald | Ferry news", masthead="Harbour Herald"),
            ("Harbour Herald", "masthead"),
            id="masthead-line-is-no-tab-title",
        ),
        pytest.param(
            OutletEvidence(given="Lakeport Gazette", url="https://www.foxnews.com/x"),
            ("Lakeport Gazette", "metadata"),
            id="a-container-field-first",
        ),
    ],
)
def test_choose_outlet(evidence: OutletEvidence, expected: tuple[str | None, str]) -> None:
    assert choose_outlet(evidence) == expected


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 Hearst Communications Inc. All rights reserved.",
        "© 2019 CBS Interactive Inc. All rights reserved.",
        "Copyright 2019",
        "All rights reserved.",
    ],
)
def test_a_copyright_holder_or_year_is_never_the_outlet(footer: str) -> None:
    article = clean(f"{P1}\n\n{P2}\n\n{footer}")
    assert article.outlet is None
    assert footer in [r.text for r in article.removed]


def test_a_scrape_title_line_names_the_outlet() -> None:
    article = clean(f"Lakeport ferry fares to rise in spring - Harbour Herald\n\n{P1}\n\n{P2}")
    assert (article.outlet, article.outlet_source) == ("Harbour Herald", "title")


# A page that names itself again and again in its furniture (the last resort, when no
# metadata, URL, title tail, masthead or marker names the outlet).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrelwire", "Kestrelwire"),
        ("Kestrelwire.", "Kestrelwire"),
        ("@Kestrelwire", "@Kestrelwire"),  # tidied later
        ("Kestrelwire on YouTube", "Kestrelwire"),
        ("Harbour Herald On Instagram", "Harbour Herald"),
        ("Kestrelwire and pug aficionado elsewhere", "Kestrelwire"),
        ("The Lakeport News’s reader panel", "The Lakeport News"),
        ("Voice of Lakeport, every morning", "Voice of Lakeport"),
        ("HarbourHerald.com for more", "HarbourHerald.com"),
        ("One Two Three Four Five Six", "One Two Three Four Five"),
        ("Voice of the lake", "Voice"),
        # no name
        ("the new Harbour Herald website", None),
        ("on YouTube", None),
        ("", None),
    ],
)
def test_read_name(text: str, name: str | None) -> None:
    assert read_name(text) == name


@pytest.mark.parametrize(
    ("host", "name", "spells"),
    [
        ("nypost.com", "New York Post", True),  # initials and the last word
        ("prices.appleinsider.com", "AppleInsider", True),
        ("www.wsj.com", "Wall Street Journal", True),
        ("thehill.com", "The Hill", True),
        ("harbourherald.example", "Harbour Herald", True),
        # a prefix or a two-word name's initials spell nothing
        ("nypost.com", "NY Post Shopping", False),
        ("thehill.com", "The Hill Apps", False),
        ("in.com", "Invest Now", False),
        ("harbourherald.example", "Harbour", False),
    ],
)
def test_domain_spells(host: str, name: str, spells: bool) -> None:
    domain = Domain.of(host)
    assert domain is not None
    assert domain.spells(name) is spells


SISTER_SITES = ("Harbour Herald", "Lakeport Gazette", "Kestrelwire", "Tidewater Times")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            (*SISTER_SITES, "Senior editor at Kestrelwire."),
            ("Kestrelwire", {LOGO, ROLE}),
            id="logo-among-sister-sites-and-a-staff-role",
        ),
        pytest.param(
            ("Never miss an update", "Follow @Kestrelwire", "prices.kestrelwire.com"),
            ("Kestrelwire", {PHRASE, HOST}),
            id="follow-and-a-web-address",
        ),
        pytest.param(
            (
                "Subscribe to Harbour Herald Magazine",
                "Harbour Herald Newsletters bring the week's news to your inbox.",
            ),
            ("Harbour Herald", {PHRASE, LABEL}),
            id="subscribe-and-newsletters",
        ),
        pytest.param(
            ("New Lakeport Post", "Share this:", "Trending Now on NLPost.com"),
            ("New Lakeport Post", {LOGO, PHRASE, HOST}),
            id="trending-on-a-host-that-spells-the-logo",
        ),
        pytest.param(
            (
                "Welcome to The Lakeport News’s reader panel",
                "© The Lakeport News, a Lakeshore Media Newspaper",
            ),
            ("The Lakeport News", {PHRASE, BY_COPYRIGHT}),
            id="welcome-vouches-for-a-copyright-holder",
        ),
        pytest.param(
            (
                "Jane Roe is a reporter for Harbour Herald.",
                "Harbour Herald",
                "Jane Roe",
                "Follow Jane Roe",
            ),
            ("Harbour Herald", {LOGO, ROLE}),
            id="the-reporter-is-a-person",
        ),
        # none: one line, name lines only, an owner, a platform, a section, a person,
        # a newsletter, two names, a contending owner and domain
        pytest.param(("Follow Kestrelwire",), None, id="one-line"),
        pytest.param(("Kestrelwire", "Kestrelwire", "KESTRELWIRE"), None, id="name-lines-only"),
        pytest.param(
            ("Harbour Communications", "© 2024 Harbour Communications. All rights reserved."),
            None,
            id="an-owner-with-a-link",
        ),
        pytest.param(
            ("Follow Us", "Follow us on Facebook", "Facebook", "Follow Facebook", "Follow YouTube"),
            None,
            id="platforms-and-us",
        ),
        pytest.param(("Follow Politics", "Politics"), None, id="a-section"),
        pytest.param(("By Jane Roe", "Jane Roe", "Follow Jane Roe on Twitter"), None, id="author"),
        pytest.param(("Sign up for Morning Briefing", "Morning Briefing"), None, id="a-newsletter"),
        pytest.param(
            ("Follow Kestrelwire", "Kestrelwire", "Follow Harbour Herald", "Harbour Herald"),
            None,
            id="two-names",
        ),
        pytest.param(
            (
                "Lakeside Beat",
                "Follow Lakeside Beat on Instagram",
                "© 2019 Harbour Herald. All rights reserved.",
                "https://www.harbourherald.example/news/lakeside-beat",
            ),
            None,
            id="a-programme-of-an-outlet-that-contends",
        ),
        pytest.param((), None, id="no-furniture"),
    ],
)
def test_furniture_outlet(lines: tuple[str, ...], expected: tuple[str, set[str]] | None) -> None:
    assert furniture_outlet(lines) == expected


KESTREL = ("Kestrelwire", "Senior editor at Kestrelwire.")


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        pytest.param(OutletEvidence(furniture=KESTREL), ("Kestrelwire", "furniture"), id="alone"),
        pytest.param(
            OutletEvidence(url="https://kestrelwire.example/x", furniture=KESTREL),
            ("Kestrelwire", "furniture"),
            id="the-domain-agrees",
        ),
        pytest.param(
            OutletEvidence(url="https://www.harbourherald.example/x", furniture=KESTREL),
            ("Harbourherald", "url"),
            id="the-domain-disagrees",
        ),
        pytest.param(
            OutletEvidence(
                title="Ferry fares to rise in spring | Harbour Herald", furniture=KESTREL
            ),
            ("Harbour Herald", "title"),
            id="a-title-tail-first",
        ),
    ],
)
def test_choose_outlet_from_furniture(
    evidence: OutletEvidence, expected: tuple[str | None, str]
) -> None:
    assert choose_outlet(evidence) == expected


def test_a_scraped_page_names_itself_in_its_furniture() -> None:
    menu = ["Skip to content", "Kestrelwire", "World", "Business", "Science", "Sport", "Search"]
    teasers = ["Harbour fees to double next year", "Lakeport council votes on new budget"]
    footer = ["Follow Kestrelwire", "Follow us on Facebook", "Facebook", "About us", "Contact"]
    headline = "Lakeport ferry terminal to open next spring"
    page = [headline, *menu, headline, "By Jane Roe", "Senior editor at Kestrelwire."]
    page += [P1, P2, P3, "Share this article", "More stories", *teasers, *footer]
    article = clean("\n\n".join(page))
    assert (article.outlet, article.outlet_source) == ("Kestrelwire", "furniture")
    assert article.body == "\n\n".join((P1, P2, P3))
