"""Pages of `kg build --html` in a real headless Chromium, offline: each loads the one shared
copy of vis-network from lib/ beside it and draws."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND"]


def test_pages_of_a_build_load_the_shared_library_offline(tmp_path):
    """kg build --html: a report's page and the overview draw with vis-network from lib/."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    from conftest import SAMPLE
    from kg.cli import main

    assert main(["build", str(SAMPLE), "--out", str(tmp_path / "out"), "--html", "-q"]) == 0
    refused = []

    def route(r):
        if r.request.url.startswith("file:"):
            return r.continue_()
        refused.append(r.request.url)
        return r.abort()

    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tmp_path / "profile", executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            offline=True, viewport={"width": 1200, "height": 800})
        context.route("**/*", route)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        for name in (f"{SAMPLE.stem}.html", "overview.html"):
            page.goto((tmp_path / "out" / name).as_uri())
            page.wait_for_function("window.govkg && window.govkg.ready", timeout=120_000)
            assert page.evaluate("govkg.drawn()")["nodes"] > 0, name
        context.close()
    assert errors == [] and refused == []


def test_the_ui_is_in_chinese_with_english_a_click_away(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    from conftest import DATA
    from kg.viz import write_page

    write_page(DATA / "viz" / "hongqi-2024.ttl", tmp_path / "p.html", max_nodes=4)
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tmp_path / "profile", executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            offline=True)
        page = context.new_page()
        page.goto((tmp_path / "p.html").as_uri())
        page.wait_for_function("window.govkg && window.govkg.ready", timeout=120_000)
        assert "只画出连接最多的" in page.locator(".note").inner_text()
        assert "个节点" in page.locator("#counts").inner_text()
        page.locator("#lang").click()
        assert page.evaluate("govkg.language()") == "en"
        assert "best-connected" in page.locator(".note").inner_text()
        assert "nodes" in page.locator("#counts").inner_text()
        assert page.locator("#all").inner_text() == "Show all"
        assert page.locator("#search").get_attribute("placeholder") == "Search a name"
        page.locator("#lang").click()
        assert page.locator("#all").inner_text() == "全部显示"
        context.close()
