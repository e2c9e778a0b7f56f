#!/usr/bin/env python3
"""Check the iCalendar files of a built Kerné site against RFC 5545.

Usage: validate_calendar.py OUTPUT_DIR

Reads OUTPUT_DIR/agenda.ics, every series' OUTPUT_DIR/<folder>/agenda.ics and every
event's OUTPUT_DIR/<folder>/<n or slug>/<key>-<n or slug>.ics. Each file is
parsed with the `icalendar` package (pip install icalendar) and its raw bytes
are checked too, since a lenient parser hides what stricter clients reject:

- CRLF line endings only, every physical line at most 75 octets, valid UTF-8
  on every physical line (a fold never splits a multi-byte sequence);
- no control character but HTAB in any value;
- the TEXT values (SUMMARY, DESCRIPTION, LOCATION, and NAME, X-WR-CALNAME,
  X-WR-CALDESC of the calendar) have no unescaped `,` or `;` and only the
  escapes RFC 5545 defines;
- every VEVENT has UID, DTSTAMP and DTSTART, DTEND (when given) has the same
  value type as DTSTART (both DATE or both DATE-TIME) and is after it, every
  TZID used has its VTIMEZONE, UIDs are unique;
- an event file holds exactly one VEVENT, whose UID is its file name's stem
  (`breizhpero-4` for editions/4/breizhpero-4.ics) followed by @<host>, and
  which also appears in agenda.ics; so does every event of a series' calendar.

Prints every problem, then `calendar: N files, M events, K problems`; exits 1
when there is any problem or no event at all, 2 when it cannot run.
"""

import datetime
import pathlib
import re
import sys

try:
    import icalendar
except ImportError:
    print("calendar: the Python package `icalendar` is missing: pip install icalendar", file=sys.stderr)
    sys.exit(2)

MAX_OCTETS = 75
TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "NAME", "X-WR-CALNAME", "X-WR-CALDESC"}
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
TEXT_ESCAPES = {"\\", ";", ",", "n", "N"}
EVENT_FILE = re.compile(r"^[^/]+/([^/]+)/([^/]+)\.ics$")
SERIES_FILE = re.compile(r"^[^/]+/agenda\.ics$")


def physical_lines(data):
    """Split on CRLF; report bare CR or LF and a missing final CRLF."""
    problems = []
    for index, byte in enumerate(data):
        if byte == 0x0A and (index == 0 or data[index - 1] != 0x0D):
            problems.append(f"bare LF at byte {index}")
        elif byte == 0x0D and (index + 1 >= len(data) or data[index + 1] != 0x0A):
            problems.append(f"bare CR at byte {index}")
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines, problems


def raw_problems(data):
    """Problems visible on the bytes only: line endings, lengths, UTF-8, TEXT escaping."""
    lines, problems = physical_lines(data)
    logical = []  # (first physical line number, bytes)
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets, more than {MAX_OCTETS}")
        try:
            line.decode("utf-8", errors="strict")
        except UnicodeDecodeError as error:
            problems.append(f"line {number}: not valid UTF-8 on its own (split sequence?): {error.reason}")
        if line[:1] in (b" ", b"\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        else:
            logical.append((number, line))
    for number, line in logical:
        text = line.decode("utf-8", errors="replace")
        name, value = split_content_line(text)
        if name is None:
            problems.append(f"line {number}: not a content line (no `:`)")
            continue
        control = CONTROL.search(value)
        if control:
            problems.append(f"line {number}: {name}: control character {control.group()!r} at column {control.start() + 1}")
        if name.upper() in TEXT_PROPERTIES:
            problems.extend(f"line {number}: {name}: {p}" for p in text_value_problems(value))
    return problems


def split_content_line(text):
    """Return (name, value): the value starts after the first `:` outside double quotes."""
    in_quotes = False
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head = text[:index]
            return head.split(";", 1)[0], text[index + 1:]
    return None, None


def text_value_problems(value):
    problems = []
    index = 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            escaped = value[index + 1:index + 2]
            if escaped not in TEXT_ESCAPES:
                problems.append(f"invalid escape `\\{escaped}` at column {index + 1}")
            index += 2
            continue
        if char in ",;":
            problems.append(f"unescaped `{char}` at column {index + 1}")
        index += 1
    return problems


def tzids_used(calendar):
    """Every TZID parameter on a property of a component other than VTIMEZONE."""
    used = set()
    for component in calendar.walk():
        if component.name in ("VTIMEZONE", "STANDARD", "DAYLIGHT"):
            continue
        for _, value in component.property_items(recursive=False):
            values = value if isinstance(value, list) else [value]
            for item in values:
                params = getattr(item, "params", None)
                if params and "TZID" in params:
                    used.add(str(params["TZID"]))
    return used


def event_problems(event):
    problems = []
    uid = str(event.get("UID", "?"))
    for name in ("UID", "DTSTAMP", "DTSTART"):
        if name not in event:
            problems.append(f"VEVENT {uid}: no {name}")
    if "DTSTART" in event and "DTEND" in event:
        try:
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            # datetime is a subclass of date: a DATE and a DATE-TIME differ only in this test.
            if isinstance(start, datetime.datetime) != isinstance(end, datetime.datetime):
                problems.append(f"VEVENT {uid}: DTSTART {start} and DTEND {end} are not both DATE or both DATE-TIME")
            elif not end > start:
                problems.append(f"VEVENT {uid}: DTEND {end} is not after DTSTART {start}")
        except Exception as error:  # a value icalendar cannot decode is a problem in itself
            problems.append(f"VEVENT {uid}: cannot compare DTSTART and DTEND: {error}")
    return problems


def check_file(path, data):
    """Return (problems, list of UIDs of its VEVENTs)."""
    problems = raw_problems(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:
        return problems + [f"icalendar cannot parse it: {error}"], []
    if calendar.name != "VCALENDAR":
        problems.append(f"the top component is {calendar.name}, not VCALENDAR")
    for name in ("VERSION", "PRODID"):
        if name not in calendar:
            problems.append(f"VCALENDAR: no {name}")
    events = calendar.walk("VEVENT")
    uids = [str(event.get("UID", "")) for event in events]
    for event in events:
        problems.extend(event_problems(event))
    seen = set()
    for uid in uids:
        if uid in seen:
            problems.append(f"UID {uid} appears more than once")
        seen.add(uid)
    defined = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    for tzid in sorted(tzids_used(calendar) - defined):
        problems.append(f"TZID {tzid} is used but has no VTIMEZONE")
    match = EVENT_FILE.match(path)
    if match:
        if not match.group(2).endswith("-" + match.group(1)):
            problems.append("the file name and its folder disagree on the event's number or slug")
        if len(events) != 1:
            problems.append(f"{len(events)} VEVENTs, expected exactly one")
        elif not uids[0].startswith(f"{match.group(2)}@"):
            problems.append(f"UID {uids[0]} is not {match.group(2)}@<host>")
    return problems, uids


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    if not root.is_dir():
        print(f"calendar: {root} is not a folder", file=sys.stderr)
        return 2
    series = sorted(p.relative_to(root).as_posix() for p in root.glob("*/agenda.ics"))
    paths = ["agenda.ics"] + series + sorted(p.relative_to(root).as_posix() for p in root.glob("*/*/*.ics"))
    problems = []
    events = 0
    agenda_uids = None
    edition_uids = {}
    series_uids = set()
    for path in paths:
        file = root / path
        if not file.is_file():
            problems.append(f"{path}: missing")
            continue
        file_problems, uids = check_file(path, file.read_bytes())
        problems.extend(f"{path}: {p}" for p in file_problems)
        events += len(uids)
        if path == "agenda.ics":
            agenda_uids = set(uids)
        elif SERIES_FILE.match(path):
            series_uids.update((uid, path) for uid in uids)
        else:
            for uid in uids:
                if uid in edition_uids:
                    problems.append(f"{path}: UID {uid} is also in {edition_uids[uid]}")
                edition_uids.setdefault(uid, path)
    if agenda_uids is not None:
        for uid, path in sorted(set(edition_uids.items()) | series_uids):
            if uid not in agenda_uids:
                problems.append(f"{path}: UID {uid} is not in agenda.ics")
    if events == 0:
        problems.append("no VEVENT in any file: nothing was checked")
    for problem in problems:
        print(f"error: {problem}")
    print(f"calendar: {len(paths)} files, {events} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
