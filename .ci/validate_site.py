#!/usr/bin/env python3
"""Checks a generated site against the output contract, then runs every validator.

validate_site.py OUTPUT_DIR [CONTENT_DIR] [--sample]

- every edition of CONTENT_DIR (default: the repository's content/, found from this file, not the
  current folder) has its page, and its .ics unless its date has month precision; every news post
  and page has its page; the fixed files exist;
- internal links and images of every HTML page lead to a file of the site;
- every other validate_*.py of this folder passes: validate_jsonld.py is given CONTENT_DIR, and
  validate_a11y.py --sample when --sample is given.
Prints one line per check and `site: N passed, M failed`; exits 1 on any failure, and when
CONTENT_DIR has no edition or OUTPUT_DIR no HTML page.
"""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
FIXED = ["index.html", "404.html", "editions/index.html", "actualites/index.html", "intervenants/index.html",
         "feed.xml", "atom.xml", "feed.json", "agenda.ics", "sitemap.xml", "robots.txt"]


def front_matter_value(path, key):
    text = path.read_text(encoding="utf-8-sig")
    match = re.search(rf"^{key}:\s*(.+?)\s*$", text.split("\n---", 1)[0], re.M)
    return match.group(1).strip("'\"") if match else None


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def editions_key(content):
    """The key of the series in content/editions, which names its .ics files: `editions` without
    series.yml, else the series.yml entry whose folder is editions (the folder defaults to the key)."""
    path = content / "series.yml"
    if not path.is_file():
        return "editions"
    series = {}
    key = None
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        top = re.match(r"^([A-Za-z0-9_-]+):\s*$", line)
        folder = re.match(r"^\s+folder:\s*['\"]?([^'\"\s]+)", line)
        if top:
            key = top.group(1)
            series[key] = key
        elif folder and key:
            series[key] = folder.group(1)
    return next((key for key, folder in series.items() if folder == "editions"), "editions")


def contract_problems(output, content):
    problems = []
    if not sorted((content / "editions").glob("*.md")):
        problems.append(f"no edition in {content / 'editions'}: nothing to check the output against")
    key = editions_key(content)
    for path in FIXED:
        if not (output / path).is_file():
            problems.append(f"missing {path}")
    for edition in sorted((content / "editions").glob("*.md")):
        if front_matter_value(edition, "draft") == "true":
            continue
        number = front_matter_value(edition, "edition")
        date = front_matter_value(edition, "date") or ""
        if not (output / f"editions/{number}/index.html").is_file():
            problems.append(f"{edition.name}: missing editions/{number}/index.html")
        ics = output / f"editions/{number}/{key}-{number}.ics"
        if len(date) > 7 and not ics.is_file():
            problems.append(f"{edition.name}: missing {ics.relative_to(output)}")
        if len(date) == 7 and ics.exists():
            problems.append(f"{edition.name}: month precision but {ics.relative_to(output)} exists")
    for post in sorted((content / "news").glob("*.md")):
        if front_matter_value(post, "draft") == "true":
            continue
        slug = re.sub(r"^\d{4}-\d{2}(-\d{2})?-", "", post.stem)
        if not (output / f"actualites/{slug}/index.html").is_file():
            problems.append(f"{post.name}: missing actualites/{slug}/index.html")
    for page in sorted((content / "pages").glob("*.md")):
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
        extra = {"validate_jsonld.py": [str(content)], "validate_a11y.py": ["--sample"] if sample else []}
        result = subprocess.run([sys.executable, str(validator), str(output), *extra.get(validator.name, [])])
        passed, failed = (passed + 1, failed) if result.returncode == 0 else (passed, failed + 1)
    print(f"site: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
