#!/usr/bin/env bash
# Each validator must reject each broken input of this folder, for the reason given: a validator
# that accepts garbage checks nothing. Run from / so that no validator can lean on the current
# folder. Usage: .ci/selftest/run.sh PYTHON
set -u
here=$(cd "$(dirname "$0")" && pwd)
ci=$(dirname "$here")
python=$1
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
cd /
failures=0

# rejects VALIDATOR REASON ARGUMENT...: the validator exits non-zero and prints REASON.
rejects() {
  local validator=$1 reason=$2 output status
  shift 2
  output=$("$python" "$ci/validate_$validator.py" "$@" 2>&1)
  status=$?
  if [ "$status" -ne 0 ] && grep -qF -- "$reason" <<<"$output"; then
    echo "selftest: validate_$validator.py rejects ${*#"$here/"}: $reason"
  else
    echo "selftest: FAILED: validate_$validator.py $* exited $status without « $reason »:"
    sed 's/^/    /' <<<"$output" | tail -20
    failures=$((failures + 1))
  fi
}

rejects feeds "feed.xml: no entry" "$here/feeds-empty"
rejects feeds "feed.xml: missing" "$empty"
rejects feeds "is in the future" "$here/feeds-future"
rejects microformats "no h-event page in" "$empty"
rejects calendar "not both DATE or both DATE-TIME" "$here/calendar-date-mismatch"
rejects calendar "X-WR-CALNAME: unescaped \`,\`" "$here/calendar-calname"
rejects calendar "NAME: unescaped \`;\`" "$here/calendar-calname"
rejects calendar "no VEVENT in any file" "$here/calendar-no-event"
rejects calendar "SUMMARY: control character '\\x1b'" "$here/calendar-control"
rejects calendar "agenda.ics: missing" "$empty"
rejects khal "khal printics said" "$here/khal-unreadable"
rejects khal "no calendar event to read" "$empty"
rejects jsonld "0 JSON-LD blocks in 0 pages" "$empty"
rejects jsonld "no event in" "$here/a11y-no-dark" "$empty"
rejects site "no event in" "$here/a11y-no-dark" "$empty"
rejects site "no HTML page in" "$empty"
# An English site (`language: en-GB`, `paths: speakers: people`) whose output has French words:
# the validators look for its pages under the words its site.yml gives.
english=$here/english-words
rejects site "missing news/index.html" "$english/built" "$english/content"
rejects site "missing people/index.html" "$english/built" "$english/content"
rejects jsonld "news/hello/index.html: a news page needs a NewsArticle" "$english/built" "$english/content"
rejects html "no HTML file" "$empty"
rejects html "html: 0 passed, 1 failed" "$here/html-broken"
rejects a11y "nothing to check" "$empty"
rejects a11y "/assets/missing.css answered 404" "$here/a11y-missing-css"
rejects a11y "dark mode did not apply" "$here/a11y-no-dark"

echo "selftest: $failures validators accepted a broken input"
[ "$failures" -eq 0 ]
