# Kerné — the two commands a new machine needs:
#   make site   builds the real site from content/ into output/
#   make test   runs the unit and end-to-end tests, then checks the real site with third-party validators
SWIFT ?= swift
VENV  ?= .venv
KERNE := .build/release/kerne

.PHONY: site test deps kerne unit validate venv bench fuzz clean

# libcmark-dev from Debian when it is missing (pkg-config finds it once installed).
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "installing libcmark-dev"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

kerne: deps
	$(SWIFT) build -c release --product kerne

site: kerne
	$(KERNE) build

unit: deps
	$(SWIFT) test

# Python validators (feedparser, icalendar, ...) in a virtual environment of the project.
venv:
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	@$(VENV)/bin/pip install -q -r .ci/requirements.txt

validate: kerne venv
	rm -rf .build/validate-site
	$(KERNE) build --output .build/validate-site --quiet
	$(VENV)/bin/python .ci/validate_site.py .build/validate-site

test: unit validate

bench:
	bash bench/run.sh

# libFuzzer targets (Fuzz/), FUZZ_SECONDS each; fails on a crash, leak or timeout.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash Fuzz/run.sh

clean:
	rm -rf .build .build-fuzz output
