#!/usr/bin/env python3
"""Checks the feeds of a generated site: validate_feeds.py OUTPUT_DIR

feed.xml (RSS 2.0) and atom.xml (Atom 1.0) are read with feedparser: they must be
well-formed (bozo 0) and every entry needs a title, a link and an id; every Atom entry a date
that parses (an RSS item has none when no day is known, which RSS allows), and every date given
must parse. feed.json must have the JSON Feed 1.1 required fields and RFC 3339 dates. No date
may be later than tomorrow: a site built with the default --now (today) dates nothing after it.
The three feeds must carry the same entry ids in the same order, and at least one: a feed with
no entry checks nothing (an RSS guid `<url>#recap-YYYY-MM-DD`, a recap published as a new RSS
item, counts as `<url>`).

Prints `feeds: F files, N items, P problems`; exits 1 when there is any problem.
Needs `pip install feedparser`.
"""

import calendar
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
LATEST = datetime.now(timezone.utc) + timedelta(days=1)
RECAP_GUID = re.compile(r"#recap-\d{4}-\d{2}-\d{2}$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def check_xml_feed(path, expected_version, problems):
    """Returns the entry ids of an RSS or Atom file, adding what is wrong to problems."""
    if not path.is_file():
        problems.append(f"{path}: missing")
        return []
    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo:
        problems.append(f"{path}: not well-formed: {parsed.get('bozo_exception')}")
    if parsed.get("version") != expected_version:
        problems.append(f"{path}: read as {parsed.get('version')!r}, expected {expected_version!r}")
    for field in ("title", "link"):
        if not parsed.feed.get(field):
            problems.append(f"{path}: the feed has no {field}")
    if not parsed.entries:
        problems.append(f"{path}: no entry")
    ids = []
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{path}: entry {number}"
        for field in ("title", "link", "id"):
            if not entry.get(field):
                problems.append(f"{where}: no {field}")
        dated = entry.get("published_parsed") or entry.get("updated_parsed")
        if expected_version.startswith("atom") and not dated:
            problems.append(f"{where}: no date that parses")
        if (entry.get("published") or entry.get("updated")) and not dated:
            problems.append(f"{where}: a date that does not parse")
        for parsed_date in (entry.get("published_parsed"), entry.get("updated_parsed")):
            when = parsed_date and datetime.fromtimestamp(calendar.timegm(parsed_date), timezone.utc)
            if when and when > LATEST:
                problems.append(f"{where}: dated in the future ({when.isoformat()})")
        ids.append(RECAP_GUID.sub("", entry.get("id") or ""))
    return ids


def is_rfc3339(text):
    if not isinstance(text, str) or not RFC3339.match(text):
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def check_json_feed(path, problems):
    """Returns the item ids of a JSON Feed 1.1 file, adding what is wrong to problems."""
    if not path.is_file():
        problems.append(f"{path}: missing")
        return []
    try:
        feed = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        problems.append(f"{path}: not JSON: {error}")
        return []
    if not isinstance(feed, dict):
        problems.append(f"{path}: the top level is not an object")
        return []
    if feed.get("version") != JSON_FEED_VERSION:
        problems.append(f"{path}: version is {feed.get('version')!r}, expected {JSON_FEED_VERSION!r}")
    if not isinstance(feed.get("title"), str) or not feed.get("title"):
        problems.append(f"{path}: no title")
    items = feed.get("items")
    if not isinstance(items, list):
        problems.append(f"{path}: no items array")
        return []
    if not items:
        problems.append(f"{path}: no item")
    ids = []
    for number, item in enumerate(items, start=1):
        where = f"{path}: item {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: not an object")
            continue
        if not isinstance(item.get("id"), str) or not item.get("id"):
            problems.append(f"{where}: no id")
        if not isinstance(item.get("content_html"), str) and not isinstance(item.get("content_text"), str):
            problems.append(f"{where}: neither content_html nor content_text")
        for field in ("date_published", "date_modified"):
            if field in item and not is_rfc3339(item[field]):
                problems.append(f"{where}: {field} {item[field]!r} is not RFC 3339")
            elif field in item and datetime.fromisoformat(item[field].replace("Z", "+00:00")) > LATEST:
                problems.append(f"{where}: {field} {item[field]!r} is in the future")
        ids.append(item.get("id"))
    return ids


def main(argv):
    if len(argv) != 2:
        print("usage: validate_feeds.py OUTPUT_DIR", file=sys.stderr)
        return 2
    output = Path(argv[1])
    problems = []
    rss_ids = check_xml_feed(output / "feed.xml", "rss20", problems)
    atom_ids = check_xml_feed(output / "atom.xml", "atom10", problems)
    json_ids = check_json_feed(output / "feed.json", problems)
    if rss_ids != atom_ids:
        problems.append(f"feed.xml and atom.xml differ in their entry ids: {rss_ids} vs {atom_ids}")
    if rss_ids != json_ids:
        problems.append(f"feed.xml and feed.json differ in their entry ids: {rss_ids} vs {json_ids}")
    for problem in problems:
        print(problem, file=sys.stderr)
    files = sum((output / name).is_file() for name in ("feed.xml", "atom.xml", "feed.json"))
    print(f"feeds: {files} files, {len(rss_ids)} items, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
