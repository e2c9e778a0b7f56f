#!/usr/bin/env python3
"""Checks a generated site against the output contract, then runs every validator.

validate_site.py OUTPUT_DIR [CONTENT_DIR] [--sample]

- every event of every series of CONTENT_DIR (default: the repository's content/, found from this
  file, not the current folder) has its page, and its .ics unless its date has month precision;
  every news post and page has its page; the fixed files, each series' list and the news and
  speakers lists exist, under the words of the site's addresses (its language's, or its own
  `paths:` in site.yml);
- internal links and images of every HTML page lead to a file of the site;
- every other validate_*.py of this folder passes: validate_jsonld.py and validate_a11y.py are
  given CONTENT_DIR, and validate_a11y.py --sample when --sample is given.
Prints one line per check and `site: N passed, M failed`; exits 1 on any failure, and when
CONTENT_DIR has no event or OUTPUT_DIR no HTML page.
"""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from content import REPOSITORY, events, front_matter_value, series, url_words

HERE = Path(__file__).resolve().parent
FIXED = ["index.html", "404.html", "feed.xml", "atom.xml", "feed.json", "agenda.ics", "sitemap.xml", "robots.txt"]


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def contract_problems(output, content):
    problems = []
    every_event = events(content)
    if not every_event:
        problems.append(f"no event in {content}: nothing to check the output against")
    words = url_words(content)
    lists = [f"{entry['folder']}/index.html" for entry in series(content)]
    lists += [f"{words['news']}/index.html", f"{words['speakers']}/index.html"]
    for path in FIXED + lists:
        if not (output / path).is_file():
            problems.append(f"missing {path}")
    for event in every_event:
        where = event["file"].relative_to(content)
        if not (output / event["page"] / "index.html").is_file():
            problems.append(f"{where}: missing {event['page']}/index.html")
        ics = f"{event['page']}/{event['key']}-{event['name']}.ics"
        if len(event["date"]) > 7 and not (output / ics).is_file():
            problems.append(f"{where}: missing {ics}")
        if len(event["date"]) == 7 and (output / ics).exists():
            problems.append(f"{where}: month precision but {ics} exists")
    posts = sorted((content / "news").glob("*.md"))
    pages = sorted((content / "pages").glob("*.md"))
    print(f"contract: {len(every_event)} events, {len(posts)} news posts, {len(pages)} pages")
    for post in posts:
        if front_matter_value(post, "draft") == "true":
            continue
        slug = re.sub(r"^\d{4}-\d{2}(-\d{2})?-", "", post.stem)
        if not (output / f"{words['news']}/{slug}/index.html").is_file():
            problems.append(f"{post.name}: missing {words['news']}/{slug}/index.html")
    for page in pages:
        if front_matter_value(page, "draft") != "true" and not (output / page.stem / "index.html").is_file():
            problems.append(f"{page.name}: missing {page.stem}/index.html")
    return problems


def link_problems(output):
    problems = []
    pages = sorted(output.rglob("*.html"))
    print(f"internal links: {len(pages)} pages")
    if not pages:
        problems.append(f"no HTML page in {output}")
    for page in pages:
        collector = LinkCollector()
        collector.feed(page.read_text(encoding="utf-8"))
        for link in collector.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (output / unquote(parts.path).lstrip("/")) if parts.path.startswith("/") \
                else (page.parent / unquote(parts.path))
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{page.relative_to(output)}: broken link {link}")
    return problems


def main(argv):
    sample = "--sample" in argv[1:]
    arguments = [argument for argument in argv[1:] if argument != "--sample"]
    if len(arguments) not in (1, 2):
        print(__doc__)
        return 2
    output = Path(arguments[0])
    content = Path(arguments[1]) if len(arguments) == 2 else REPOSITORY / "content"
    checks = [("contract", contract_problems(output, content)), ("internal links", link_problems(output))]
    passed = failed = 0
    for name, problems in checks:
        for problem in problems:
            print(f"  {name}: {problem}")
        print(f"{name}: {'ok' if not problems else f'{len(problems)} problems'}")
        passed, failed = (passed + 1, failed) if not problems else (passed, failed + 1)
    for validator in sorted(HERE.glob("validate_*.py")):
        if validator.name == Path(__file__).name:
            continue
        extra = {"validate_jsonld.py": [str(content)], "validate_a11y.py": [str(content)] + (["--sample"] if sample else [])}
        result = subprocess.run([sys.executable, str(validator), str(output), *extra.get(validator.name, [])])
        passed, failed = (passed + 1, failed) if result.returncode == 0 else (passed, failed + 1)
    print(f"site: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
