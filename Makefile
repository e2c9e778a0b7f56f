# Kerné — the two commands a new machine needs:
#   make site   builds the real site from content/ into output/
#   make test   runs the unit and end-to-end tests, then checks the real site with third-party validators
SWIFT ?= swift
VENV  ?= .venv
KERNE := .build/release/kerne

.PHONY: site test deps kerne unit validate venv bench clean

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

# Uses the debug binary that `swift test` builds anyway: CI compiles the package once.
validate: deps venv
	$(SWIFT) build --product kerne
	rm -rf .build/validate-site
	.build/debug/kerne build --output .build/validate-site --quiet
	$(VENV)/bin/python .ci/validate_site.py .build/validate-site

test: unit validate

bench:
	bash bench/run.sh

clean:
	rm -rf .build output
