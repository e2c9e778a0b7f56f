#!/usr/bin/env bash
# Proves that kerne at a git revision and kerne of the working tree write the same bytes, on the
# three sites the project is checked on: the real site, the real site as of 1 November 2013 (the
# home page then announces an upcoming edition) and the 1,000-edition benchmark corpus (as of
# 2030-01-01, as the benchmark builds it). Both
# binaries read the working tree's content and themes, every build with --no-cache.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bash bench/same-output.sh [--ignore-fingerprints] [--keep] [REV]
  REV                    the revision to compare with (default: HEAD)
  --ignore-fingerprints  the hash in fingerprinted asset names (assets/style.1a2b3c4d.css) is left
                         out of the comparison, names and references alike: for a change of hash
  --keep                 keep the temporary folder (its path is printed)
Exits 0 when every site is byte for byte the same, 1 with the differences otherwise.
EOF
}

die() { echo "same-output.sh: error: $*" >&2; exit 2; }
log() { echo "==> $*"; }

REV=HEAD
IGNORE_FINGERPRINTS=0
KEEP=0
while [ $# -gt 0 ]; do
    case $1 in
        --ignore-fingerprints) IGNORE_FINGERPRINTS=1 ;;
        --keep) KEEP=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option: $1" ;;
        *) REV=$1 ;;
    esac
    shift
done

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMIT=$(git -C "$REPO" rev-parse --verify "$REV^{commit}") || die "not a revision: $REV"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")
cleanup() {
    git -C "$REPO" worktree remove --force "$WORK/rev" >/dev/null 2>&1 || true
    if [ "$KEEP" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log "kerne at $REV (${COMMIT:0:7}), in a temporary worktree"
git -C "$REPO" worktree add --detach "$WORK/rev" "$COMMIT" >/dev/null
(cd "$WORK/rev" && swift build -c release --product kerne >"$WORK/build-rev.log" 2>&1) \
    || { tail -20 "$WORK/build-rev.log"; die "kerne at $REV does not build"; }
log "kerne of the working tree"
(cd "$REPO" && swift build -c release --product kerne >"$WORK/build-new.log" 2>&1) \
    || { tail -20 "$WORK/build-new.log"; die "the working tree does not build"; }
OLD="$WORK/rev/.build/release/kerne"
NEW="$REPO/.build/release/kerne"

log "the 1,000-edition corpus"
python3 "$REPO/bench/generate_corpus.py" 1000 "$WORK/corpus" >/dev/null

# site NAME, then the arguments of `kerne build` besides --output.
SITES=(
    "site"
    "upcoming --now 2013-11-01"
    "corpus --content $WORK/corpus/kerne/content --now 2030-01-01"
)

# Writes a copy of tree $1 into $2 with every 8-hex-digit fingerprint of an asset name replaced.
without_fingerprints() {
    python3 - "$1" "$2" <<'EOF'
import os, re, sys
source, target = sys.argv[1], sys.argv[2]
pattern = re.compile(rb"(assets/[^\"'()\s]*?)\.[0-9a-f]{8}(\.[A-Za-z0-9]+)")
for folder, _, names in os.walk(source):
    for name in names:
        path = os.path.join(folder, name)
        relative = os.path.relpath(path, source).encode()
        out = os.path.join(target, pattern.sub(rb"\1.FINGERPRINT\2", relative).decode())
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(path, "rb") as f:
            data = f.read()
        with open(out, "wb") as f:
            f.write(pattern.sub(rb"\1.FINGERPRINT\2", data))
EOF
}

status=0
for entry in "${SITES[@]}"; do
    read -ra words <<<"$entry"
    name=${words[0]}
    arguments=("${words[@]:1}")
    for side in old new; do
        binary=$OLD
        [ "$side" = new ] && binary=$NEW
        (cd "$REPO" && "$binary" build "${arguments[@]}" --output "$WORK/$side/$name" --no-cache --quiet 2>"$WORK/$side-$name.log") \
            || { cat "$WORK/$side-$name.log" >&2; die "kerne ($side) failed to build $name"; }
    done
    left=$WORK/old/$name
    right=$WORK/new/$name
    if [ "$IGNORE_FINGERPRINTS" = 1 ]; then
        without_fingerprints "$left" "$WORK/old-plain/$name"
        without_fingerprints "$right" "$WORK/new-plain/$name"
        left=$WORK/old-plain/$name
        right=$WORK/new-plain/$name
    fi
    if diff -r "$left" "$right" >"$WORK/$name.diff"; then
        log "$name: the same ($(find "$left" -type f | wc -l) files)"
    else
        log "$name: DIFFERENT"
        head -40 "$WORK/$name.diff"
        status=1
    fi
done
exit $status
