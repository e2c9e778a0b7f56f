"""What the validators read of a content folder: front matter, the event series and the words of
the site's addresses.

Shared by validate_site.py, validate_jsonld.py and validate_a11y.py. No YAML library: the few
keys read here are plain `key: value` lines.
"""

import re
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DATE_PREFIX = re.compile(r"^\d{4}-\d{2}(-\d{2})?-")
# `venue: key`, or `venue:` followed by the indented fields of a venue of its own.
VENUE = re.compile(r"^venue:([ \t]*[^\s#]|[ \t]*\n[ \t]+\S)", re.M)


def front_matter(path):
    return path.read_text(encoding="utf-8-sig").split("\n---", 1)[0]


def front_matter_value(path, key):
    match = re.search(rf"^{key}:\s*(.+?)\s*$", front_matter(path), re.M)
    return match.group(1).strip("'\"") if match else None


# The words of the addresses of news, speakers, tags and venues for each language, as
# Sources/SiteModel/URLWords.swift has them: English for `en`, `en-GB`..., French otherwise.
FRENCH_WORDS = {"news": "actualites", "speakers": "intervenants", "tags": "sujets", "venues": "lieux"}
ENGLISH_WORDS = {"news": "news", "speakers": "speakers", "tags": "topics", "venues": "venues"}


def url_words(content):
    """The words of the site's addresses ({news, speakers, tags, venues}): the defaults of the
    `language` of content/site.yml, each replaced by the one its `paths:` map gives."""
    path = content / "site.yml"
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    language = re.search(r"^language:\s*['\"]?([A-Za-z-]*)", text, re.M)
    primary = language.group(1).split("-")[0].lower() if language else ""
    words = dict(FRENCH_WORDS if primary in ("fr", "") else ENGLISH_WORDS)
    paths = re.search(r"^paths:[ \t]*(#.*)?\n((?:[ \t]+.*\n?|[ \t]*\n)*)", text, re.M)
    for line in paths.group(2).splitlines() if paths else []:
        field = re.match(r"^\s+(news|speakers|tags|venues):\s*['\"]?([^'\"#\s]+)['\"]?\s*(#.*)?$", line)
        if field:
            words[field.group(1)] = field.group(2)
    return words


def series(content):
    """The event series of content/series.yml as dicts (key, folder, numbered, venue); without the
    file, the one numbered series `editions` in editions/."""
    path = content / "series.yml"
    if not path.is_file():
        return [{"key": "editions", "folder": "editions", "numbered": True, "venue": None}]
    found = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        top = re.match(r"^([A-Za-z0-9_-]+):\s*$", line)
        field = re.match(r"^\s+(folder|numbered|venue):\s*['\"]?([^'\"#]*?)['\"]?\s*(#.*)?$", line)
        if top:
            found.append({"key": top.group(1), "folder": top.group(1), "numbered": True, "venue": None})
        elif field and found:
            name, value = field.group(1), field.group(2)
            found[-1][name] = value != "false" if name == "numbered" else value or None
    return found


def events(content):
    """Every event of every series that is not a draft, as dicts: file (its .md), key (of its
    series), page (its folder in the output: editions/4, cantine/inauguration), date, has_venue
    (its own or its series')."""
    found = []
    for entry in series(content):
        for path in sorted((content / entry["folder"]).glob("*.md")):
            if front_matter_value(path, "draft") == "true":
                continue
            name = front_matter_value(path, "edition") if entry["numbered"] else DATE_PREFIX.sub("", path.stem)
            found.append({"file": path, "key": entry["key"], "page": f"{entry['folder']}/{name}",
                          "name": name, "date": front_matter_value(path, "date") or "",
                          "has_venue": bool(VENUE.search(front_matter(path))) or bool(entry["venue"])})
    return found


def event_pages(content):
    """{page path in the output: whether the event has a venue} for every event."""
    return {f"{event['page']}/index.html": event["has_venue"] for event in events(content)}
