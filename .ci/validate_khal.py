#!/usr/bin/env python3
"""Reads the iCalendar files of a built site with khal, a calendar client: validate_khal.py OUTPUT_DIR

- `khal printics` reads every .ics of OUTPUT_DIR and finds as many events as the file has VEVENTs,
  without a warning or an error;
- agenda.ics imported into an empty khal calendar lists every event of the file, each on the day
  and at the local time (in the calendar's own TZID) that its DTSTART gives.
Prints `khal: N files, M events, K problems`; exits 1 on any problem or when nothing was read.
Needs `pip install khal icalendar`.
"""

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

KHAL = shutil.which("khal", path=str(Path(sys.executable).parent)) or shutil.which("khal")

CONFIG = """[calendars]
[[site]]
path = {calendar}
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
"""


def khal(config, *arguments):
    return subprocess.run([KHAL, "-c", str(config), *arguments], capture_output=True, text=True, stdin=subprocess.DEVNULL)


def expected_starts(calendar, zone):
    """UID -> start as khal lists it: the day, and the local time for timed events."""
    starts = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        if isinstance(start, datetime.datetime):
            starts[str(event["UID"])] = start.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        else:
            starts[str(event["UID"])] = start.strftime("%Y-%m-%d")
    return starts


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    if KHAL is None:
        print("khal: the `khal` command is missing: pip install khal", file=sys.stderr)
        return 2
    output = Path(argv[1])
    files = sorted(output.rglob("*.ics"))
    problems, events = [], 0
    with tempfile.TemporaryDirectory() as folder:
        agenda = output / "agenda.ics"
        calendar = icalendar.Calendar.from_ical(agenda.read_bytes()) if agenda.is_file() else None
        zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] if calendar else []
        zone = zones[0] if zones else "UTC"
        config = Path(folder) / "config"
        store = Path(folder) / "calendar"
        store.mkdir()
        config.write_text(CONFIG.format(calendar=store, zone=zone))
        for path in files:
            count = path.read_bytes().count(b"BEGIN:VEVENT")
            events += count
            result = khal(config, "printics", str(path))
            said = result.stdout.splitlines()[:1]
            if result.returncode != 0 or said != [f"{count} events found in {path}"] or result.stderr.strip():
                problems.append(f"{path}: khal printics said {said or result.stderr.strip()!r} (exit {result.returncode}), "
                                f"expected {count} events")
        if calendar is None:
            problems.append(f"{agenda}: missing")
        else:
            result = khal(config, "import", "--batch", str(agenda))
            if result.returncode != 0 or result.stderr.strip():
                problems.append(f"{agenda}: khal import failed: {result.stderr.strip()}")
            listed = khal(config, "list", "--day-format", "", "--format", "{uid} {start}", "1900-01-01", "100000d")
            seen = {}
            for line in listed.stdout.splitlines():
                uid, _, start = line.partition(" ")
                seen.setdefault(uid, start)
            for uid, start in expected_starts(calendar, ZoneInfo(zone)).items():
                if seen.get(uid) != start:
                    problems.append(f"{agenda}: {uid} listed by khal at {seen.get(uid)!r}, expected {start!r}")
    if not files or events == 0:
        problems.append(f"{output}: no calendar event to read")
    for problem in problems:
        print(f"  {problem}")
    print(f"khal: {len(files)} files, {events} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
