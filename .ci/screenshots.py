#!/usr/bin/env python3
"""Full-page screenshots of a generated site, for people to look at (not run by CI).

screenshots.py OUTPUT_DIR DEST_DIR [PATH ...]

Serves OUTPUT_DIR on 127.0.0.1, loads each site PATH (default: the home, the first series' list,
an edition, a speaker and a news post) in headless Chromium at 1280 and 390 px wide, in the
light and the dark colour scheme, and writes DEST_DIR/<name>-<width>-<scheme>.png.
Keep screenshots out of git: write them under /tmp.
"""

import base64
import re
import sys
from pathlib import Path

from browser import chromium, served, set_color_scheme, set_viewport
from validate_a11y import sample_pages

WIDTHS = (1280, 390)


def capture(driver, destination):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}})
    destination.write_bytes(base64.b64decode(shot["data"]))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    output, destination = Path(argv[1]), Path(argv[2])
    destination.mkdir(parents=True, exist_ok=True)
    paths = argv[3:] or [p for p in sample_pages(output) if p != "/404.html"]
    with served(output) as base, chromium() as driver:
        for path in paths:
            name = re.sub(r"[^a-z0-9]+", "-", path.strip("/").lower()) or "home"
            for width in WIDTHS:
                for scheme in ("light", "dark"):
                    set_viewport(driver, width, 900)
                    set_color_scheme(driver, scheme)
                    driver.get(base + path)
                    target = destination / f"{name}-{width}-{scheme}.png"
                    capture(driver, target)
                    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
