"""The sample's page in a real headless Chromium, with no network: drawn, filtered, searched.

Chromium is Debian's (``.ci/run`` installs it); Playwright drives it through its own
``executable_path`` and never downloads a browser. Every request to anything but a file is
recorded and refused, and the context is offline besides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory, sample_page):
    """A page of Chromium showing the sample's graph, with what it logged and asked for."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium "
                    "(apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    path, view = sample_page
    log = {"console": [], "errors": [], "requests": []}

    def route(r):
        log["requests"].append(r.request.url)
        return r.continue_() if r.request.url.startswith("file:") else r.abort()

    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("profile"), executable_path=str(CHROMIUM), headless=True,
            args=FLAGS, offline=True, viewport={"width": 1400, "height": 900})
        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: log["console"].append((m.type, m.text)))
        page.on("pageerror", lambda e: log["errors"].append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_function("window.govkg && window.govkg.ready", timeout=120_000)
        yield page, view, log
        context.close()


def drawn(page):
    return page.evaluate("govkg.drawn()")


def test_the_network_is_drawn_whole(browser):
    page, view, _ = browser
    assert view.number_of_nodes() > 0
    assert drawn(page) == {"nodes": view.number_of_nodes(), "edges": view.number_of_edges()}
    assert page.locator("#loading").is_hidden()


def test_the_class_filter_hides_a_class_and_its_edges(browser):
    page, view, _ = browser
    classes = [cls for _, cls in view.nodes(data="class")]
    cls = max(set(classes), key=lambda c: (classes.count(c), c))
    kept = [n for n, c in view.nodes(data="class") if c != cls]
    box = page.locator(f'#legend input[data-class="{cls}"]')
    box.uncheck()
    assert drawn(page) == {"nodes": len(kept),
                           "edges": view.subgraph(kept).number_of_edges()}
    box.check()
    assert drawn(page)["nodes"] == view.number_of_nodes()


def test_the_search_lights_what_matches_and_dims_the_rest(browser):
    page, view, _ = browser
    degree = dict(view.degree)
    # a named thing (not a figure), the least connected of its kind, so most is dimmed
    names = [n for n, c in view.nodes(data="class")
             if c not in ("Observation", "Target", "Award", "Section")]
    if not names:
        pytest.skip("the sample's graph names nothing yet")
    node = min(names, key=lambda n: (degree[n], n))
    label = view.nodes[node]["label"]
    page.fill("#search", label)
    assert page.evaluate("govkg.matches()") >= 1
    assert page.evaluate("govkg.dimmed()") > 0
    assert "匹配" in page.text_content("#search-result")
    assert label in page.evaluate("govkg.network.getSelectedNodes()"
                                  ".map(function (id) { return govkg.nodes.get(id).label; })")
    page.fill("#search", "")
    assert page.evaluate("govkg.dimmed()") == 0 and page.evaluate("govkg.matches()") == 0


def test_a_click_highlights_the_neighbourhood_and_shows_details(browser):
    page, view, _ = browser
    # the best-connected node that nothing is drawn over, where a person would click it
    point = page.evaluate("""(ids) => {
        const n = govkg.network;
        const box = document.getElementById('network').getBoundingClientRect();
        for (const id of ids) {
            const p = n.canvasToDOM(n.getPositions([id])[id]);
            if (n.getNodeAt(p) === id) { return {x: box.left + p.x, y: box.top + p.y}; }
        }
        return null;
    }""", sorted(view, key=lambda n: (-view.degree(n), n)))
    assert point is not None
    page.mouse.click(point["x"], point["y"])
    (chosen,) = page.evaluate("govkg.network.getSelectedNodes()")
    neighbourhood = set(view.predecessors(chosen)) | set(view.successors(chosen)) | {chosen}
    assert page.evaluate("govkg.dimmed()") == view.number_of_nodes() - len(neighbourhood)
    assert page.text_content("#info").startswith(view.nodes[chosen]["title"])
    page.mouse.click(*_empty_corner(page))
    assert page.evaluate("govkg.dimmed()") == 0


def _empty_corner(page):
    """A point of the canvas with nothing drawn on it (a corner, usually)."""
    point = page.evaluate("""() => {
        const n = govkg.network, c = document.getElementById('network');
        const box = c.getBoundingClientRect();
        for (const [x, y] of [[3, box.height - 3], [box.width - 3, 3], [3, 3],
                              [box.width - 3, box.height - 3]]) {
            if (n.getNodeAt({x, y}) === undefined && n.getEdgeAt({x, y}) === undefined) {
                return [box.left + x, box.top + y];
            }
        }
        return null;
    }""")
    assert point is not None
    return point


def test_hover_shows_type_values_and_evidence(browser):
    page, view, _ = browser
    figure = next((n for n, c in view.nodes(data="class") if c == "Observation"), None)
    if figure is None:
        pytest.skip("the sample's graph holds no observation yet")
    page.evaluate("(id) => govkg.network.focus(id, {scale: 2})", figure)
    point = page.evaluate("""(id) => {
        const n = govkg.network, p = n.canvasToDOM(n.getPositions([id])[id]);
        const box = document.getElementById('network').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y, at: n.getNodeAt(p)};
    }""", figure)
    page.mouse.move(point["x"], point["y"])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = point["at"]
    assert tooltip.inner_text().strip() == view.nodes[shown]["title"].strip()
    page.evaluate("govkg.network.fit()")


def test_no_console_errors_and_no_network(browser):
    page, _, log = browser
    assert log["errors"] == []
    assert [text for kind, text in log["console"] if kind == "error"] == []
    assert [url for url in log["requests"] if not url.startswith("file:")] == []
    assert page.evaluate("performance.getEntriesByType('resource')"
                         ".filter(e => /^https?:/.test(e.name)).length") == 0

