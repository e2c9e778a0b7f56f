#!/usr/bin/env python3
"""Checks the schema.org JSON-LD of every HTML page of a generated site.

validate_jsonld.py OUTPUT_DIR [CONTENT_DIR]

- every <script type="application/ld+json"> parses as JSON and holds no '<' at all, so that no
  value can close the script element or open a comment (the generator writes it as \\u003c);
- Event, what Google's Event rich results require: name, a startDate with at least a day (ISO
  8601), a location (a Place with a name and an address); and what they recommend: endDate,
  eventStatus and eventAttendanceMode (schema.org URLs), organizer with a name, description;
  url. The location is the venue's Place whenever the event has a venue, its own or its
  series', in CONTENT_DIR (default: the repository's content/, found from this file, not the
  current folder);
- NewsArticle: headline, datePublished (ISO 8601), author with a name;
- BreadcrumbList: itemListElement, positions 1..n, each with a name and an absolute item URL;
- every event of CONTENT_DIR, of every series (series.yml), has its page, with an Event and a
  BreadcrumbList (only the BreadcrumbList when the event is known to the month only: a month is
  no startDate); every news page (under the site's word for news: its language's, or its own
  `paths:` in site.yml) has a NewsArticle and a BreadcrumbList.
Prints one line per problem and `jsonld: N passed, M failed` (pages); exits 1 on any failure, and
when there is no page, no JSON-LD block or no event in CONTENT_DIR.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from content import REPOSITORY, event_pages, url_words

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MONTH_ONLY_PAGE = re.compile(r'<time class="dt-start" datetime="\d{4}-\d{2}"')
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?)?$")
EVENT_STATUS = {f"https://schema.org/Event{s}" for s in ("Scheduled", "Cancelled", "Postponed", "Rescheduled",
                                                           "MovedOnline")}
ATTENDANCE = {f"https://schema.org/{m}EventAttendanceMode" for m in ("Offline", "Online", "Mixed")}


class ScriptCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._inside = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.scripts[-1] += data


def is_absolute(url):
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def named(value):
    return isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip() != ""


def text(value):
    return isinstance(value, str) and value.strip() != ""


def event_problems(data, needs_location):
    problems = []
    if not text(data.get("name")):
        problems.append("Event without name")
    if not (isinstance(data.get("startDate"), str) and ISO_DATE.match(data["startDate"])):
        problems.append(f"Event startDate is not ISO 8601: {data.get('startDate')!r}")
    elif not FULL_DATE.match(data["startDate"]):
        problems.append(f"Event startDate has no day: {data['startDate']!r}")
    # image is recommended too, but a site with neither photo nor logo has none to give.
    for field in ("endDate", "description"):
        if field not in data:
            problems.append(f"Event without {field}")
    place = data.get("location")
    if not (named(place) and place.get("@type") == "Place" and place.get("address")):
        problems.append("Event without a location Place with a name and an address")
    if "endDate" in data and not (isinstance(data["endDate"], str) and ISO_DATE.match(data["endDate"])):
        problems.append(f"Event endDate is not ISO 8601: {data['endDate']!r}")
    if data.get("eventStatus") not in EVENT_STATUS:
        problems.append(f"Event eventStatus is not a schema.org status: {data.get('eventStatus')!r}")
    if data.get("eventAttendanceMode") not in ATTENDANCE:
        problems.append(f"Event eventAttendanceMode is not a schema.org mode: {data.get('eventAttendanceMode')!r}")
    if not named(data.get("organizer")):
        problems.append("Event organizer without a name")
    if not is_absolute(data.get("url")):
        problems.append("Event url is not absolute")
    location = data.get("location")
    if needs_location and not (named(location) and location.get("@type") == "Place"):
        problems.append("Event with a venue (its own or its series') has no location Place with a name")
    for performer in data.get("performer", []):
        if not named(performer):
            problems.append("Event performer without a name")
    return problems


def article_problems(data):
    problems = []
    if not text(data.get("headline")):
        problems.append("NewsArticle without headline")
    if not (isinstance(data.get("datePublished"), str) and ISO_DATE.match(data["datePublished"])):
        problems.append(f"NewsArticle datePublished is not ISO 8601: {data.get('datePublished')!r}")
    if not named(data.get("author")):
        problems.append("NewsArticle author without a name")
    return problems


def breadcrumb_problems(data):
    items = data.get("itemListElement")
    if not isinstance(items, list) or not items:
        return ["BreadcrumbList without itemListElement"]
    problems = []
    for expected, item in enumerate(items, start=1):
        if not isinstance(item, dict) or item.get("@type") != "ListItem":
            problems.append(f"BreadcrumbList item {expected} is not a ListItem")
            continue
        if item.get("position") != expected:
            problems.append(f"BreadcrumbList item {expected} has position {item.get('position')!r}")
        if not text(item.get("name")):
            problems.append(f"BreadcrumbList item {expected} without name")
        if not is_absolute(item.get("item")):
            problems.append(f"BreadcrumbList item {expected} has no absolute item URL")
    return problems


def page_problems(page, relative, events, news_page):
    collector = ScriptCollector()
    html = page.read_text(encoding="utf-8")
    collector.feed(html)
    problems, types = [], []
    for raw in collector.scripts:
        if "<" in raw:
            problems.append("a JSON-LD script contains '<': a value could close the script")
        try:
            data = json.loads(raw)
        except ValueError as error:
            problems.append(f"JSON-LD does not parse: {error}")
            continue
        if not isinstance(data, dict) or data.get("@context") not in ("https://schema.org", "https://schema.org/"):
            problems.append("JSON-LD is not a schema.org object")
            continue
        kind = data.get("@type")
        types.append(kind)
        if kind == "Event":
            problems += event_problems(data, events.get(relative, False))
        elif kind == "NewsArticle":
            problems += article_problems(data)
        elif kind == "BreadcrumbList":
            problems += breadcrumb_problems(data)
    if relative in events:
        expected = ["BreadcrumbList"] if MONTH_ONLY_PAGE.search(html) else ["BreadcrumbList", "Event"]
        if sorted(types) != expected:
            problems.append(f"an event page needs {' and '.join(expected)}, has {types}")
    if news_page.match(relative) and sorted(types) != ["BreadcrumbList", "NewsArticle"]:
        problems.append(f"a news page needs a NewsArticle and a BreadcrumbList, has {types}")
    return problems, len(collector.scripts)


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    output = Path(argv[1])
    content = Path(argv[2]) if len(argv) == 3 else REPOSITORY / "content"
    events = event_pages(content)
    # A news post's page, not a page of the news list (<news>/page/2/).
    news_page = re.compile(rf"{re.escape(url_words(content)['news'])}/(?!page/)[^/]+/index\.html$")
    if not events:
        print(f"jsonld: no event in {content}: cannot tell which pages need an Event")
        return 1
    passed = failed = scripts = 0
    missing = [relative for relative in sorted(events) if not (output / relative).is_file()]
    for relative in missing:
        print(f"  jsonld: {relative}: missing, the page of an event")
    for page in sorted(output.rglob("*.html")):
        relative = page.relative_to(output).as_posix()
        problems, count = page_problems(page, relative, events, news_page)
        scripts += count
        for problem in problems:
            print(f"  jsonld: {relative}: {problem}")
        passed, failed = (passed, failed + 1) if problems else (passed + 1, failed)
    print(f"jsonld: {scripts} JSON-LD blocks in {passed + failed} pages, {len(events)} event pages "
          f"({sum(events.values())} with a venue, {len(missing)} missing)")
    print(f"jsonld: {passed} passed, {failed} failed")
    return 1 if failed or missing or scripts == 0 or passed + failed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
