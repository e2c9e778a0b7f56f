# Kerné — the two commands a new machine needs:
#   make site   builds the real site from content/ into output/
#   make test   runs the unit and end-to-end tests, then checks the real site with third-party validators
SWIFT ?= swift
VENV  ?= .venv
KERNE := .build/release/kerne
DEBUG_KERNE := .build/debug/kerne

.PHONY: embed-theme site test deps validate-deps kerne release-kerne unit validate validators-selftest workflows venv bench fuzz clean screenshots install install-check

# libcmark-dev, libxxhash-dev and libvips-dev from Debian when missing (pkg-config finds them once
# installed), and the DejaVu fonts that the social cards are drawn with.
deps:
	@{ pkg-config --exists libcmark libxxhash vips && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } 2>/dev/null || { \
	  echo "installing libcmark-dev, libxxhash-dev, libvips-dev and fonts-dejavu-core"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcmark-dev libxxhash-dev libvips-dev fonts-dejavu-core pkg-config >/dev/null; }

# What the validators run: Java (Nu HTML Checker), Chromium and its driver (axe-core).
validate-deps:
	@{ command -v java && command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { \
	  echo "installing Java, Chromium and chromedriver"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq default-jre-headless chromium chromium-driver >/dev/null; }

# The Swift runtime and Foundation linked in: kerne starts in a few milliseconds instead of
# resolving thousands of symbols at each run, which a rebuild with nothing to do would notice.
# Linked at a fixed address (-no-pie): the loader then has 3,000 relocations to apply at start
# instead of 109,000, and each run touches 300 fewer pages (7.8 ms instead of 9.9 to print usage).
# Generic types are made at run time through their accessors, not looked up by mangled name: a
# lookup by name scans the binary's 8,000 protocol conformances for each new type it meets, which
# cost a one-edit rebuild of 1,000 editions 3.5 ms (66.4 instead of 69.9), for the same full build.
RELEASE_FLAGS := --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
# kerne, and kerne-serve that `kerne serve` runs. The site needs only kerne, which builds without
# the dev server's libraries (SwiftNIO, Hummingbird).
kerne: release-kerne
	$(SWIFT) build -c release --product kerne-serve $(RELEASE_FLAGS)

release-kerne: deps
	$(SWIFT) build -c release --product kerne $(RELEASE_FLAGS)

site: release-kerne
	$(KERNE) build

# The tests also write their samples (hostile feeds, the daylight-saving calendar) into
# .build/samples, which `validate` checks; removed first, so that a sample no longer written fails.
SAMPLES := $(CURDIR)/.build/samples
unit: deps
	rm -rf $(SAMPLES)
	KERNE_FEED_SAMPLE_DIR=$(SAMPLES)/feeds KERNE_CALENDAR_SAMPLE_DIR=$(SAMPLES)/calendar $(SWIFT) test

# Python validators (feedparser, icalendar, ...) in a virtual environment of the project.
venv:
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	@$(VENV)/bin/pip install -q -r .ci/requirements.txt

# The fixture sites that build, each with the day its tests build it on (--now); site-english, in
# English with a word of its own under `paths:`, is there for the validators.
FIXTURE_SITES := site-basic:2026-11-23 hostile:2026-11-23 valid-minimal:2026-11-23 site-series:2013-11-01 site-photos:2026-11-23 \
  site-english:2026-11-23

# The real site through every validator; then the same site as it was on 1 November 2013, so that
# the home page announces an upcoming edition, through the HTML checker and axe-core; then each
# fixture site through every validator (axe-core on a sample of its pages), an English site made
# by `kerne init` through every validator, and the samples that
# `make unit` wrote through the feed and calendar validators.
# Uses the debug binary that `swift test` builds anyway: CI compiles the package once.
validate: deps venv validate-deps
	$(SWIFT) build --product kerne
	rm -rf .build/validate-site .build/validate-upcoming
	$(DEBUG_KERNE) build --output .build/validate-site --quiet
	$(VENV)/bin/python .ci/validate_site.py .build/validate-site
	$(DEBUG_KERNE) build --output .build/validate-upcoming --now 2013-11-01 --quiet
	$(VENV)/bin/python .ci/validate_html.py .build/validate-upcoming
	$(VENV)/bin/python .ci/validate_a11y.py .build/validate-upcoming --sample
	@set -e; for site in $(FIXTURE_SITES); do \
	  name=$${site%%:*}; out=.build/validate-$$name; \
	  echo "validate: fixture $$name"; rm -rf $$out; \
	  $(DEBUG_KERNE) build --content Tests/Fixtures/$$name/content --theme themes/default \
	    --now $${site#*:} --output $$out --quiet; \
	  $(VENV)/bin/python .ci/validate_site.py $$out Tests/Fixtures/$$name/content --sample; \
	done
	@echo "validate: a site made by kerne init --language en-GB, with Tests/Fixtures/english-additions"
	rm -rf .build/validate-init-english
	$(DEBUG_KERNE) init .build/validate-init-english --title "Brest Web Meetup" --language en-GB \
	  --timezone Europe/London --base-url https://example.org/
	cp -R Tests/Fixtures/english-additions/content/. .build/validate-init-english/content/
	$(DEBUG_KERNE) build --content .build/validate-init-english/content --output .build/validate-init-english/output \
	  --now 2026-12-01 --quiet
	$(VENV)/bin/python .ci/validate_site.py .build/validate-init-english/output .build/validate-init-english/content
	@[ -d $(SAMPLES)/feeds ] && [ -d $(SAMPLES)/calendar ] || { \
	  echo "validate: no samples in $(SAMPLES): \`make unit\` writes them"; exit 1; }
	$(VENV)/bin/python .ci/validate_feeds.py $(SAMPLES)/feeds
	$(VENV)/bin/python .ci/validate_calendar.py $(SAMPLES)/calendar

# Each validator against the broken inputs of .ci/selftest (an empty feed, a DATE/DATE-TIME mix,
# an empty folder, ...): each must reject them.
validators-selftest: venv validate-deps
	bash .ci/selftest/run.sh $(abspath $(VENV))/bin/python

# Screenshots of the site at 1280 and 390 px, light and dark, into /tmp/kerne-screenshots (not in git).
screenshots: kerne venv validate-deps
	rm -rf .build/screenshots-site
	$(KERNE) build --output .build/screenshots-site --now 2013-11-01 --quiet
	$(VENV)/bin/python .ci/screenshots.py .build/screenshots-site /tmp/kerne-screenshots

# The GitHub workflows against GitHub's schema, and zizmor's audit (unpinned actions, broad
# permissions, credentials left in the checkout, template injection), offline.
workflows: venv
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(VENV)/bin/zizmor --offline --quiet .github/workflows

test: unit validators-selftest validate workflows

# kerne and kerne-serve (which `kerne serve` runs from kerne's own folder) into $(PREFIX)/bin.
PREFIX ?= /usr/local
install: kerne
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/kerne .build/release/kerne-serve $(DESTDIR)$(PREFIX)/bin/

# `make install` into .build/install-check, then what a new user does with the installed binaries
# alone, from a folder outside the repository: `kerne init` an English site, check it, build it,
# and `kerne serve` finding kerne-serve (.ci/install_check.sh). .ci/run runs it after `make test`,
# which does not build the release binaries that this installs.
install-check: PREFIX = $(CURDIR)/.build/install-check
install-check: install
	bash .ci/install_check.sh $(PREFIX)

# The default theme built into kerne (Sources/SiteBuild/EmbeddedTheme+Files.swift), after a
# change to themes/default: a test fails while the two differ.
embed-theme:
	python3 tools/embed-theme.py

bench:
	bash bench/run.sh

# libFuzzer targets (Fuzz/), FUZZ_SECONDS each; fails on a crash, leak or timeout.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash Fuzz/run.sh

clean:
	rm -rf .build .build-fuzz output
