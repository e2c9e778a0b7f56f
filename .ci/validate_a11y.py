#!/usr/bin/env python3
"""Loads the pages of a generated site in headless Chromium and runs axe-core on them.

validate_a11y.py OUTPUT_DIR [CONTENT_DIR] [--sample]

The site is served on 127.0.0.1 (a port the system picks). Every HTML page (with --sample: the
home, the list of the first series with its chart, its newest event, a speaker, a news post and
the 404 page, found under the words of the addresses of CONTENT_DIR, by default the repository's
content/) is checked in the light and the dark colour scheme. axe-core comes from the PyPI
package selenium-axe-python; Chromium and chromedriver from Debian. Any violation of impact
serious or critical fails; the others are printed. A load also fails when the page or anything it
loads from the site (stylesheet, images) answers other than 200 (404.html is loaded by its own
name), and in the dark scheme when the page's background colour is the same as in the light one
(dark mode did not apply). Then the sample pages are loaded 320 px wide: none may scroll sideways.
Prints `a11y: N passed, M failed` (page loads); exits 1 on any failure, or when there is no page.
"""

import re
import sys
import time
from pathlib import Path

from selenium_axe_python import Axe

from browser import chromium, served, set_color_scheme, set_viewport
from content import REPOSITORY, series, url_words

FAILING_IMPACTS = ("serious", "critical")


def sample_pages(output, content=REPOSITORY / "content"):
    """Site paths of the pages to load: one of each kind."""
    def newest(pattern):
        found = [p.parent.relative_to(output).as_posix() for p in output.glob(pattern)]
        numbered = sorted(found, key=lambda path: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)])
        return f"/{numbered[-1]}/" if numbered else None

    words = url_words(content)
    pages = ["/"]
    for entry in series(content)[:1]:
        pages += [f"/{entry['folder']}/", newest(f"{entry['folder']}/*/index.html")]
    pages += [newest(f"{words['speakers']}/*/index.html"), newest(f"{words['news']}/*/index.html"), "/404.html"]
    return [page for page in pages if page is not None and page != f"/{words['news']}/page/"]


def every_page(output):
    paths = []
    for page in sorted(output.rglob("*.html")):
        relative = page.relative_to(output).as_posix()
        paths.append("/" + relative.removesuffix("index.html"))
    return paths


# Every same-origin response of the page and its resources: the Resource Timing API gives their
# HTTP status (Chromium 109 and later); Selenium itself does not. Left out: the browser's own
# request for /favicon.ico when a page names no icon (a site without a favicon).
STATUSES = """
return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
  .filter(entry => entry.name.startsWith(location.origin))
  .filter(entry => !(entry.initiatorType === 'other' && entry.name === location.origin + '/favicon.ico'))
  .map(entry => [entry.name.slice(location.origin.length), entry.responseStatus]);
"""
BACKGROUND = """
return [matchMedia('(prefers-color-scheme: dark)').matches, getComputedStyle(document.body).backgroundColor];
"""


def load_problems(driver, scheme, light_background):
    """What is wrong with the page just loaded: HTTP statuses, and a dark scheme that did not apply.
    Returns (problems, background colour)."""
    problems = [f"{name} answered {status}" for name, status in driver.execute_script(STATUSES) if status != 200]
    dark, background = driver.execute_script(BACKGROUND)
    if scheme == "dark":
        if not dark:
            problems.append("prefers-color-scheme: dark is not in effect")
        elif background == light_background:
            problems.append(f"the background is {background} as in the light scheme: dark mode did not apply")
    return problems, background


def overflows(driver, base, path, width=320):
    """True when the page is wider than a `width` px screen."""
    set_viewport(driver, width, 800)
    driver.get(base + path)
    return driver.execute_script("return document.documentElement.scrollWidth > document.documentElement.clientWidth")


def main(argv):
    sample = "--sample" in argv[1:]
    arguments = [argument for argument in argv[1:] if argument != "--sample"]
    if len(arguments) not in (1, 2):
        print(__doc__)
        return 2
    output = Path(arguments[0])
    content = Path(arguments[1]) if len(arguments) == 2 else REPOSITORY / "content"
    pages = sample_pages(output, content) if sample else every_page(output)
    if not (output / "index.html").is_file() or not pages:
        print(f"a11y: no site in {output}: nothing to check")
        return 1
    started = time.monotonic()
    passed = failed = 0
    with served(output) as base, chromium() as driver:
        for path in pages:
            light_background = None
            for scheme in ("light", "dark"):
                set_color_scheme(driver, scheme)
                driver.get(base + path)
                problems, background = load_problems(driver, scheme, light_background)
                light_background = light_background or background
                for problem in problems:
                    print(f"  a11y: {path} ({scheme}): {problem}")
                axe = Axe(driver)
                axe.inject()
                results = axe.run()
                failing = [v for v in results["violations"] if v.get("impact") in FAILING_IMPACTS]
                for violation in results["violations"]:
                    targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
                    print(f"  a11y: {path} ({scheme}): {violation['impact']}: {violation['id']}: "
                          f"{violation['help']} [{targets}]")
                passed, failed = (passed, failed + 1) if failing or problems else (passed + 1, failed)
        for path in sample_pages(output, content):
            wide = overflows(driver, base, path)
            if wide:
                print(f"  a11y: {path} (320 px): the page scrolls sideways")
            passed, failed = (passed, failed + 1) if wide else (passed + 1, failed)
    print(f"a11y: axe-core {results['testEngine']['version']} in Chromium, {len(pages)} pages, "
          f"{passed + failed} page loads in {time.monotonic() - started:.1f} s")
    print(f"a11y: {passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
