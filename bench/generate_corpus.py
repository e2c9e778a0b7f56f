#!/usr/bin/env python3
"""Write a deterministic benchmark corpus: N editions, N/4 news posts and 2 pages.

usage: generate_corpus.py N OUTDIR

OUTDIR/kerne/content/  Kerné content folder (docs/content-format.md)
OUTDIR/hugo/           an equivalent Hugo site (layouts copied from bench/hugo_theme/)
OUTDIR/bodies/         the bare Markdown bodies, for the cmark floor

Python 3 standard library only; seeded with random.Random(N) and no clock, so
the same N always gives byte-identical files.
"""

import datetime
import json
import pathlib
import random
import shutil
import sys

import corpus_text as text

HUGO_THEME = pathlib.Path(__file__).resolve().parent / "hugo_theme"
LAST_EDITION_DAY = datetime.date(2030, 2, 14)  # a couple of editions stay upcoming with --now 2030-01-01
SPAN_DAYS = 9000  # about 25 years of monthly-ish apéros, squeezed or stretched to fit N

VENUES = [
    ("cantine", "Cantine numérique de Cornouaille", "Creac'h Gwen, Quimper", "https://www.lacantine-quimper.example/", (47.98, -4.10)),
    ("ti-ar-vro", "Ti ar Vro Kemper", "3 esplanade François Mitterrand, Quimper", None, (47.995, -4.101)),
    ("mediatheque", "Médiathèque d'Ergué-Gabéric", "Ergué-Gabéric", None, None),
    ("pole-max-jacob", "Pôle Max Jacob", "Quimper", "https://www.polemaxjacob.example/", (47.996, -4.097)),
    ("cafe-de-l-epee", "Café de l'Épée", "14 rue du Parc, Quimper", None, None),
]

PAGES = [
    ("a-propos", "À propos", 1),
    ("coworking", "Le coworking de la Cantine", 2),
]


def q(value):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


def front_matter(lines, body):
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def speaker_pool(rng, n):
    size = max(60, n // 5)
    combos = rng.sample(range(len(text.FIRST_NAMES) * len(text.LAST_NAMES)), size)
    pool = []
    for combo in combos:
        first, last = divmod(combo, len(text.LAST_NAMES))
        pool.append((text.FIRST_NAMES[first] + " " + text.LAST_NAMES[last], rng.choice(text.AFFILIATIONS)))
    return pool


def edition_lines_kerne(e):
    lines = [
        "edition: %d" % e["number"],
        "title: " + q(e["title"]),
        "date: " + e["day"].isoformat() + "T19:00",
        "venue: " + e["venue"],
        "speakers:",
    ]
    for name, affiliation in e["speakers"]:
        lines += ["  - name: " + q(name), "    affiliation: " + q(affiliation)]
    lines += ["attendees: %d" % e["attendees"], "tags: [" + ", ".join(q(t) for t in e["tags"]) + "]"]
    return lines


def edition_lines_hugo(e):
    lines = [
        "title: " + q(e["title"]),
        "date: " + e["day"].isoformat() + "T19:00:00",
        "slug: " + q(str(e["number"])),
        "edition: %d" % e["number"],
        "lieux: [" + q(e["venue"]) + "]",
        "intervenants: [" + ", ".join(q(name) for name, _ in e["speakers"]) + "]",
        "speakers:",
    ]
    for name, affiliation in e["speakers"]:
        lines += ["  - name: " + q(name), "    affiliation: " + q(affiliation)]
    lines += ["attendees: %d" % e["attendees"], "sujets: [" + ", ".join(q(t) for t in e["tags"]) + "]"]
    return lines


def write_editions(rng, n, out):
    speakers = speaker_pool(rng, n)
    step = max(1, SPAN_DAYS // n)
    first_day = LAST_EDITION_DAY - datetime.timedelta(days=step * (n - 1))
    for index in range(n):
        e = {
            "number": index + 1,
            "title": rng.choice(text.TOPICS) + " : " + rng.choice(text.ANGLES),
            "day": first_day + datetime.timedelta(days=step * index),
            "venue": rng.choice(VENUES)[0],
            "speakers": rng.sample(speakers, 2),
            "attendees": rng.randint(8, 80),
            "tags": rng.sample(text.TAGS, rng.randint(2, 3)),
        }
        body = text.body(rng)
        name = "%05d-%s.md" % (e["number"], text.slugify(e["title"]))
        write(out / "kerne/content/editions" / name, front_matter(edition_lines_kerne(e), body))
        write(out / "hugo/content/editions" / name, front_matter(edition_lines_hugo(e), body))
        write(out / "bodies" / ("edition-" + name), body)


def write_news(rng, n, out):
    count = n // 4
    step = max(1, SPAN_DAYS // max(count, 1))
    first_day = LAST_EDITION_DAY - datetime.timedelta(days=step * count)
    for index in range(count):
        day = first_day + datetime.timedelta(days=step * index)
        title = rng.choice(text.TOPICS) + " à la Cantine, épisode %d" % (index + 1)
        slug = text.slugify(title)
        author = rng.choice(text.FIRST_NAMES) + " " + rng.choice(text.LAST_NAMES)
        tag = rng.choice(text.TAGS)
        body = text.body(rng)
        name = day.isoformat() + "-" + slug + ".md"
        kerne = ["title: " + q(title), "date: " + day.isoformat(), "author: " + q(author), "tags: [" + q(tag) + "]"]
        hugo = ["title: " + q(title), "date: " + day.isoformat(), "slug: " + q(slug),
                "author: " + q(author), "sujets: [" + q(tag) + "]"]
        write(out / "kerne/content/news" / name, front_matter(kerne, body))
        write(out / "hugo/content/news" / name, front_matter(hugo, body))
        write(out / "bodies" / ("news-" + name), body)


def write_pages(rng, out):
    for slug, title, menu in PAGES:
        body = text.body(rng, 250, 400)
        write(out / "kerne/content/pages" / (slug + ".md"),
              front_matter(["title: " + q(title), "menu: %d" % menu], body))
        write(out / "hugo/content" / (slug + ".md"),
              front_matter(["title: " + q(title), "menu:", "  main:", "    weight: %d" % menu], body))
        write(out / "bodies" / ("page-" + slug + ".md"), body)


def write_site_files(out):
    content = out / "kerne/content"
    write(content / "site.yml", "\n".join([
        "title: Breizh'péro",
        "tagline: Les apéros web de Quimper et de Cornouaille",
        "base_url: https://www.silicon-kerne.net",
        "language: fr",
        "timezone: Europe/Paris",
        "organizer: Silicon Kerné",
        "event_duration: 180",
        "theme: default",
        "feed_items: 20",
        # Hugo's site draws no social card: both tools do the same work.
        "social_cards: false",
    ]) + "\n")
    venues = []
    for key, name, address, url, geo in VENUES:
        venues += [key + ":", "  name: " + q(name), "  address: " + q(address)]
        if url:
            venues.append("  url: " + url)
        if geo:
            venues.append("  geo: [%s, %s]" % geo)
    write(content / "venues.yml", "\n".join(venues) + "\n")
    shutil.copytree(HUGO_THEME, out / "hugo", dirs_exist_ok=True)
    write(out / "hugo/data/venues.yaml", "\n".join(venues) + "\n")
    write(out / "hugo/content/editions/_index.md", front_matter(
        ["title: Les éditions", "outputs: [HTML, calendar]", "cascade:", "  outputs: [HTML, calendar]"], ""))
    write(out / "hugo/content/news/_index.md", front_matter(["title: Actualités"], ""))
    for number in range(1, text.PHOTO_COUNT + 1):
        photo = b"\xff\xd8\xff\xe0 benchmark placeholder %d \xff\xd9" % number
        for static in (content / "static/photos", out / "hugo/static/photos"):
            static.mkdir(parents=True, exist_ok=True)
            (static / ("photo-%d.jpg" % number)).write_bytes(photo)


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.exit("usage: generate_corpus.py N OUTDIR   (N >= 1 editions)")
    n, out = int(argv[1]), pathlib.Path(argv[2])
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(n)
    write_site_files(out)
    write_editions(rng, n, out)
    write_news(rng, n, out)
    write_pages(rng, out)
    print("corpus N=%d: %d editions, %d news posts, %d pages -> %s" % (n, n, n // 4, len(PAGES), out))


if __name__ == "__main__":
    main(sys.argv)
