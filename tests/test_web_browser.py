"""`retold serve` in a real browser: Debian's Chromium driven by Playwright through its
executable path (no browser download).  The example corpus's story page, and pages full
of script payloads that must not run.  Skipped when no chromium executable is found."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from retold.web import create_app
from web_support import need_browser, page_urls, served

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = need_browser()
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


HANDLERS = """[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
  .filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))
  .map(a => e.tagName + ' ' + a.name))"""


def screenshot_dir(tmp_path: Path) -> Path:
    """$RETOLD_SCREENSHOTS when set (to keep them), else the test's temporary folder."""
    folder = Path(os.environ.get("RETOLD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_story_page_side_by_side_and_a_quote_diff(
    browser: Any, example_db: Path, tmp_path: Path
) -> None:
    with TestClient(create_app(example_db)) as client:
        findings = client.get("/api/findings?kind=quote_altered").json()["items"]
        story = client.get(f"/api/stories/{findings[0]['story']}").json()
    with served(example_db) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/stories/{story['id']}")
        columns = page.locator("article.column")
        assert columns.count() == len(story["articles"])
        dates = [d for d in columns.locator(".date").all_inner_texts() if d != "no date"]
        assert dates == sorted(dates)
        outlets = columns.locator(".outlet").all_inner_texts()
        assert outlets == [r["outlet"] or "unknown outlet" for r in story["timeline"]]
        assert page.locator("article.column mark.shared").first.is_visible()
        # the altered wording: its row is graded altered and shows what changed
        altered = page.locator("tr.fidelity-altered").first
        assert altered.locator(".grade").inner_text() == "altered"
        assert altered.locator("del").count() >= 1 and altered.locator("ins").count() >= 1
        assert findings[0]["details"]["alterations"][0]["detail"] in altered.inner_text()
        # a finding's evidence link lands on the marked span in its column
        evidence = findings[0]["evidence"][0]
        page.locator(f'a[href="#ev-{evidence["article"]}-{evidence["start"]}"]').first.click()
        target = page.locator(f"#ev-{evidence['article']}-{evidence['start']}")
        assert target.is_visible() and evidence["text"].startswith(target.inner_text()[:20])
        page.goto(f"{base}/stories/{story['id']}")
        shot = screenshot_dir(tmp_path) / "story.png"
        page.screenshot(path=str(shot), full_page=False)
        page.locator("section[aria-label=statements]").screenshot(
            path=str(shot.with_name("story-statements.png"))
        )
        assert shot.stat().st_size > 10_000
        page.close()


def test_no_payload_runs_in_the_browser(browser: Any, xss_db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(xss_db)) as client:
        urls = page_urls(client)
    dialogs: list[str] = []
    # the CSP is bypassed here, so this checks the escaping itself, not only the policy
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with served(xss_db) as base:
        for url in urls:
            page.goto(base + url)
            for link in page.locator("a").all()[:30]:
                if link.is_visible():
                    link.hover(timeout=2000)
            assert page.evaluate("window.__xss") is None, url
            assert page.evaluate(HANDLERS) == [], url
            assert page.locator("script, img, svg[onload]").count() == 0, url
        page.goto(base + "/")
        assert "<script>window.__xss=1" in page.inner_text("body")
        page.screenshot(path=str(screenshot_dir(tmp_path) / "xss-stories.png"))
    assert dialogs == []
    context.close()
