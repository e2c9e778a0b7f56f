#!/usr/bin/env python3
"""Summarise bench/results/ as a Markdown table plus the pass/fail checks of the issue.

usage: report.py RESULTS_DIR

Reads, for every RESULTS_DIR/<N>/ folder:
  full-round-*.json     hyperfine exports, one run per command per round (kerne, hugo, cmark)
  rebuild-round-*.json  hyperfine exports, two runs each of kerne-nochange and kerne-edit per round
  rss-<name>.txt        /usr/bin/time -v output of one run
  pages-<name>.txt      number of HTML files written (bodies fed to cmark, for cmark)
and, for the photo case, RESULTS_DIR/photos-<N>/:
  photos-round-*.json          one run each of kerne-photos (N editions, one JPEG each) and
                               kerne-photos-plain (the same editions without photos) per round
  photos-rebuild-round-*.json  two runs of kerne-photos-nochange per round
  photos.txt                   how many photos the corpus has
"""

import json
import pathlib
import re
import statistics
import sys

CASES = [
    ("hugo", "Hugo full build"),
    ("kerne", "Kerné full build"),
    ("cmark", "cmark alone over all bodies (floor)"),
    ("kerne-nochange", "Kerné rebuild, nothing changed"),
    ("kerne-edit", "Kerné rebuild, one edition edited"),
]
MAX_RATIO_TO_HUGO = 0.5
MAX_NOCHANGE = 0.05
MAX_EDIT = 0.10
LINEARITY_SLACK = 1.1  # N x10 may cost at most 11x
PHOTO_CASES = [
    ("kerne-photos", "Kerné full build, one photo per edition"),
    ("kerne-photos-plain", "Kerné full build, the same editions without photos"),
    ("kerne-photos-nochange", "Kerné rebuild with photos, nothing changed"),
]


class Case:
    def __init__(self):
        self.walls, self.cpus, self.rss_kb, self.pages = [], [], None, None

    @property
    def wall(self):
        return statistics.median(self.walls) if self.walls else None

    @property
    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None


def add_hyperfine(cases, path):
    for result in json.loads(path.read_text())["results"]:
        case = cases.setdefault(result["command"], Case())
        case.walls.extend(result["times"])
        # hyperfine exports only the mean user/system time per command: one value per export.
        case.cpus.append(result["user"] + result["system"])


def load_size(folder):
    cases = {}
    for path in sorted(folder.glob("full-round-*.json")) + sorted(folder.glob("rebuild-*.json")) \
            + sorted(folder.glob("photos-round-*.json")) + sorted(folder.glob("photos-rebuild-round-*.json")):
        add_hyperfine(cases, path)
    for name, case in cases.items():
        rss = folder / ("rss-" + name + ".txt")
        if rss.exists():
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", rss.read_text())
            case.rss_kb = int(match.group(1)) if match else None
        pages = folder / ("pages-" + name + ".txt")
        if pages.exists():
            case.pages = int(pages.read_text().split()[0])
    return cases


def fmt(value, digits=3):
    return "–" if value is None else ("%.*f" % (digits, value))


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def table(sizes):
    rows = [
        "| case | N | median wall (s) | CPU user+sys (s) | cores busy | peak RSS (MB) | HTML pages | pages/s | Kerné/Hugo wall | Kerné/Hugo RSS | vs Kerné full |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, cases in sizes:
        hugo, full = cases.get("hugo"), cases.get("kerne")
        for name, label in CASES:
            case = cases.get(name)
            if case is None:
                continue
            rss_mb = None if case.rss_kb is None else case.rss_kb / 1024
            pages = case.pages if name in ("hugo", "kerne", "cmark") else None
            per_second = ratio(pages, case.wall) if pages else None
            vs_hugo_wall = vs_hugo_rss = vs_full = None
            if name == "kerne" and hugo:
                vs_hugo_wall = ratio(case.wall, hugo.wall)
                vs_hugo_rss = ratio(case.rss_kb, hugo.rss_kb)
            if name.startswith("kerne-") and full:
                vs_full = ratio(case.wall, full.wall)
            pages_text = "–" if pages is None else ("%d bodies" % pages if name == "cmark" else str(pages))
            # CPU time over wall time: 2.0 means both cores of a 2-core machine were busy throughout.
            busy = ratio(case.cpu, case.wall)
            rows.append("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                label, n, fmt(case.wall), fmt(case.cpu), fmt(busy, 2), fmt(rss_mb, 0), pages_text,
                fmt(per_second, 0), fmt(vs_hugo_wall, 2), fmt(vs_hugo_rss, 2), fmt(vs_full, 3)))
    return rows


def verdict(value, limit):
    if value is None:
        return "n/a (not measured)"
    return ("PASS" if value <= limit else "FAIL") + " (%.3f, limit %.3g)" % (value, limit)


def checks(sizes):
    lines = []
    for n, cases in sizes:
        hugo, full = cases.get("hugo"), cases.get("kerne")
        if hugo and full:
            lines.append("- N=%d wall Kerné/Hugo: %s" % (n, verdict(ratio(full.wall, hugo.wall), MAX_RATIO_TO_HUGO)))
            lines.append("- N=%d peak RSS Kerné/Hugo: %s" % (n, verdict(ratio(full.rss_kb, hugo.rss_kb), MAX_RATIO_TO_HUGO)))
        if full:
            for name, limit in (("kerne-nochange", MAX_NOCHANGE), ("kerne-edit", MAX_EDIT)):
                case = cases.get(name)
                lines.append("- N=%d %s / full build: %s" % (n, name, verdict(ratio(case.wall if case else None, full.wall), limit)))
        for name in ("kerne", "hugo"):
            case = cases.get(name)
            if case and case.pages is not None:
                lines.append("- N=%d HTML files written by %s: %d" % (n, name, case.pages))
    if len(sizes) >= 2:
        (small, small_cases), (large, large_cases) = sizes[0], sizes[-1]
        limit = LINEARITY_SLACK * large / small
        for name in ("kerne", "hugo", "cmark"):
            a, b = small_cases.get(name), large_cases.get(name)
            if a and b:
                value = ratio(b.wall, a.wall)
                text = verdict(value, limit) if name == "kerne" else "%.2f (for reference)" % value
                lines.append("- linearity %s wall N=%d / N=%d: %s" % (name, large, small, text))
    return lines


def photo_report(photo_sizes):
    """The photo case: its table rows and its checks."""
    rows = [
        "| case | editions | photos | median wall (s) | CPU user+sys (s) | vs full build with photos |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines = []
    for n, cases, photos in photo_sizes:
        full = cases.get("kerne-photos")
        for name, label in PHOTO_CASES:
            case = cases.get(name)
            if case is None:
                continue
            vs_full = ratio(case.wall, full.wall) if full and name != "kerne-photos" else None
            rows.append("| %s | %d | %s | %s | %s | %s |" % (
                label, n, photos if name != "kerne-photos-plain" else 0, fmt(case.wall), fmt(case.cpu), fmt(vs_full, 3)))
        plain, nochange = cases.get("kerne-photos-plain"), cases.get("kerne-photos-nochange")
        if full and photos:
            lines.append("- photos N=%d full build per photo: %s ms/photo (the whole build over %d photos)" % (
                n, fmt(1000 * full.wall / photos, 1), photos))
            if plain:
                lines.append("- photos N=%d cost of the photos alone: %s ms/photo (with photos minus without, wall)"
                             " and %s ms/photo of CPU" % (n, fmt(1000 * (full.wall - plain.wall) / photos, 1),
                                                         fmt(1000 * (full.cpu - plain.cpu) / photos, 1)))
        if full:
            lines.append("- photos N=%d kerne-photos-nochange / full build: %s" % (
                n, verdict(ratio(nochange.wall if nochange else None, full.wall), MAX_NOCHANGE)))
    return rows, lines


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: report.py RESULTS_DIR")
    root = pathlib.Path(argv[1])
    sizes = [(int(p.name), load_size(p)) for p in root.iterdir() if p.is_dir() and p.name.isdigit()]
    sizes = [(n, cases) for n, cases in sorted(sizes) if cases]
    photo_sizes = []
    for p in sorted(root.glob("photos-*")):
        if p.is_dir() and p.name[len("photos-"):].isdigit():
            count = p / "photos.txt"
            cases = load_size(p)
            if cases:
                photo_sizes.append((int(p.name[len("photos-"):]), cases, int(count.read_text().split()[0]) if count.exists() else 0))
    if not sizes and not photo_sizes:
        sys.exit("report.py: no hyperfine results under %s" % root)
    out = ["# Kerné benchmark", ""]
    env = root / "env.txt"
    if env.exists():
        out += ["```", env.read_text().rstrip(), "```", ""]
    photo_rows, photo_lines = photo_report(photo_sizes)
    if sizes:
        out += table(sizes) + [""]
    if photo_sizes:
        out += ["## One photo per edition", ""] + photo_rows + [""]
    out += ["## Checks", ""] + checks(sizes) + photo_lines
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
