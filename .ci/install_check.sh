#!/usr/bin/env bash
# What a new user does after `make install`, with the installed binaries only: from a folder
# outside the repository, `kerne init` an English site, then `kerne check` and `kerne build` it
# (no themes/ folder: the default theme inside kerne), and `kerne serve` hands over to the
# installed kerne-serve, also through a symbolic link to kerne. Usage: .ci/install_check.sh PREFIX
# (where `make install PREFIX=...` put them).
set -euo pipefail
prefix=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Nothing of the build tree on the PATH: only what was installed.
export PATH="$prefix/bin:/usr/bin:/bin"

fail() {
  echo "install-check: FAILED: $*"
  exit 1
}

for program in kerne kerne-serve; do
  [ -x "$prefix/bin/$program" ] || fail "$prefix/bin/$program is not installed"
done
[ "$(command -v kerne)" = "$prefix/bin/kerne" ] || fail "kerne on the PATH is $(command -v kerne), not the installed one"

kerne init brest --title "Brest Web Meetup" --language en --timezone Europe/London \
  --base-url https://meetup.example.org/ >/dev/null
cd brest
[ ! -e themes ] || fail "kerne init wrote a themes/ folder: the site would not show that the embedded theme is used"
kerne check
kerne build --quiet
for path in index.html 404.html feed.xml agenda.ics news/index.html speakers/index.html assets; do
  [ -e "output/$path" ] || fail "kerne build wrote no output/$path"
done
grep -q '<html lang="en' output/index.html || fail "output/index.html is not in English"
echo "install-check: kerne init, check and build of an English site: ok"

# `kerne serve` runs kerne-serve from kerne's own folder: its help lists the port option, which
# kerne's own serve entry does not have.
kerne serve --help 2>&1 | grep -q -- "--port" || fail "kerne serve --help did not run the installed kerne-serve"
mkdir "$work/links"
ln -s "$prefix/bin/kerne" "$work/links/kerne"
"$work/links/kerne" serve --help 2>&1 | grep -q -- "--port" || fail "kerne run through a symbolic link did not find kerne-serve"
# Without kerne-serve beside it, kerne says so: the checks above could tell the difference.
mkdir "$work/alone"
cp "$prefix/bin/kerne" "$work/alone/kerne"
if "$work/alone/kerne" serve --help >"$work/alone.log" 2>&1; then
  fail "kerne without kerne-serve beside it ran 'kerne serve'"
fi
grep -q "kerne-serve" "$work/alone.log" || fail "kerne without kerne-serve did not name it: $(cat "$work/alone.log")"
echo "install-check: kerne serve hands over to the installed kerne-serve: ok"
