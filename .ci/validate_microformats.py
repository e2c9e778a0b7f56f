#!/usr/bin/env python3
"""Checks the h-event microformats of the event pages of a generated site.

validate_microformats.py OUTPUT_DIR

Every page under <series folder>/<n or slug>/ that says it is an h-event is read with mf2py: it
must hold exactly one h-event, with a name, a start and an absolute url; an end and a location,
when given, must not be empty. Prints `microformats: N events, P problems`; exits 1 on any problem,
and when no page is an h-event (a site without one checks nothing).
Needs `pip install mf2py`.
"""

import sys
from pathlib import Path

import mf2py


def page_problems(html):
    events = [item for item in mf2py.parse(doc=html)["items"] if "h-event" in item["type"]]
    if len(events) != 1:
        return [f"{len(events)} h-events, expected one"]
    properties = events[0]["properties"]
    problems = [f"no {name}" for name in ("name", "start", "url") if not properties.get(name)]
    if properties.get("url") and not str(properties["url"][0]).startswith(("https://", "http://")):
        problems.append(f"url is not absolute: {properties['url'][0]!r}")
    for name in ("end", "location"):
        if name in properties and not str(properties[name][0]).strip():
            problems.append(f"empty {name}")
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    output = Path(argv[1])
    events = problems = 0
    for page in sorted(output.glob("*/*/index.html")):
        html = page.read_text(encoding="utf-8")
        if "h-event" not in html:
            continue
        events += 1
        for problem in page_problems(html):
            problems += 1
            print(f"{page.relative_to(output)}: {problem}")
    if not events:
        print(f"microformats: no h-event page in {output}")
        return 1
    print(f"microformats: {events} events, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
