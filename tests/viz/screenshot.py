"""Take docs/screenshot.png: the sample's page in headless Chromium, one chapter clicked.

The PNG is then made small with ``pngquant`` where it is installed.

Not a test. Run from the repository root after `kg build data/reports/yanhu-2023.txt --html`:
``.venv/bin/python tests/viz/screenshot.py out/yanhu-2023.html docs/screenshot.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND"]

#: Click the best-connected chapter and frame its neighbourhood, so labels can be read.
FRAME = """() => {
    const n = govkg.network;
    const figures = id => n.getConnectedNodes(id)
        .filter(m => govkg.nodes.get(m).cls === 'Observation');
    const hubs = govkg.nodes.get({filter: x => x.cls === 'Section'}).map(x => x.id);
    if (!hubs.length) { return null; }
    // the chapter with most figures, so that the picture shows figures, names and a hub
    const hub = hubs.sort((a, b) => figures(b).length - figures(a).length || (a < b ? -1 : 1))[0];
    n.fit({nodes: [hub, ...n.getConnectedNodes(hub)]});
    const box = document.getElementById('network').getBoundingClientRect();
    const at = id => {
        const p = n.canvasToDOM(n.getPositions([id])[id]);
        return {x: box.left + p.x, y: box.top + p.y, dom: p};
    };
    // hover a figure that the pointer can reach (nothing drawn over it)
    const figure = figures(hub).find(id => n.getNodeAt(at(id).dom) === id);
    return {hub: at(hub), figure: figure ? at(figure) : null};
}"""


def main(page_path: str, out: str, size: str = "1400x860") -> None:
    width, height = (int(x) for x in size.split("x"))
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=FLAGS,
            offline=True, viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_function("window.govkg && window.govkg.ready", timeout=120_000)
        points = page.evaluate(FRAME)
        if points:  # click the chapter, then hover one of its figures to show a tooltip
            page.mouse.click(points["hub"]["x"], points["hub"]["y"])
            if points["figure"]:
                page.mouse.move(points["figure"]["x"], points["figure"]["y"])
        page.wait_for_timeout(600)
        page.screenshot(path=out)
        context.close()
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", out, out],
                       check=False)
    print(f"wrote {out} ({Path(out).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(*sys.argv[1:])
