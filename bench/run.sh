#!/usr/bin/env bash
# Kerné vs Hugo on generated corpora, with cmark alone as the floor.
# Results: bench/results/<N>/ (hyperfine JSON, /usr/bin/time output, page counts)
# and the summary table in bench/results/latest.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bash bench/run.sh [--hugo-only] [--sizes 1000,10000] [--photo-editions 1000] [--photos-only]
  --hugo-only   leave Kerné out: benchmark Hugo and cmark only
  --sizes LIST  comma-separated corpus sizes, in editions (default: 1000,10000)
  --photo-editions N  the photo case: N editions with one JPEG each (default: 1000; 0 leaves it out)
  --photos-only run the photo case alone (no Hugo, no cmark, no --sizes)
environment:
  KERNE_THEME=DIR  passed to `kerne build` as --theme DIR (default: kerne's own default,
                   resolved from the repository root, where the benchmark runs)
  KERNE_BIN=PATH   benchmark this kerne executable instead of building one
  PHOTO_CORPUS_BIN=PATH  the photo-corpus tool that draws the photo case's JPEGs (default: built
                   with `swift build -c release --product photo-corpus`)
  BENCH_OUTPUT_ROOT=DIR  where the full builds write their sites (default: bench/results/<N>/;
                   /dev/shm leaves out the file system's cost of creating files)
Every timed build writes into a folder that does not exist yet: the previous output is moved
into bench/.trash or BENCH_OUTPUT_ROOT/.trash (a rename, not a deletion), deleted when the benchmark
ends. Deleting tens of thousands of files just before a build makes every file that build creates
slower on ext4 without a journal (see bench/README.md), whichever tool runs.
EOF
}

die() { echo "run.sh: error: $*" >&2; exit 1; }
log() { echo "==> $*"; }
q() { printf '%q' "$1"; }

# Where set_aside puts a path: a .trash folder on the same file system (mv must only rename).
trash_for() {
    if [ -n "${BENCH_OUTPUT_ROOT:-}" ] && [[ $1 == "$BENCH_OUTPUT_ROOT"/* ]]; then
        echo "$BENCH_OUTPUT_ROOT/.trash"
    else
        echo "$BENCH_DIR/.trash"
    fi
}

# A shell command that moves its arguments, when they exist, into a trash folder: the next
# build gets a folder that does not exist, and no file is deleted while builds are timed.
set_aside() {
    local cmd=true path trash
    for path in "$@"; do
        trash=$(trash_for "$path")
        cmd+=" && { [ ! -e $(q "$path") ] || { mkdir -p $(q "$trash") && mv $(q "$path") \"\$(mktemp -d $(q "$trash")/XXXXXXXX)/\"; }; }"
    done
    echo "$cmd"
}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DELETED_STAMP=$BENCH_DIR/.outputs-deleted-at
REPO_DIR=$(dirname "$BENCH_DIR")
CORPUS_ROOT=$BENCH_DIR/corpus
RESULTS_ROOT=$BENCH_DIR/results
NOW=2030-01-01
HUGO_ONLY=0
PHOTOS_ONLY=0
SIZES=(1000 10000)
PHOTO_EDITIONS=1000
KERNE_BIN=${KERNE_BIN:-}
PHOTO_CORPUS_BIN=${PHOTO_CORPUS_BIN:-}

while [ $# -gt 0 ]; do
    case $1 in
        --hugo-only) HUGO_ONLY=1 ;;
        --sizes) [ $# -ge 2 ] || die "--sizes needs a value"; IFS=, read -ra SIZES <<<"$2"; shift ;;
        --photo-editions) [ $# -ge 2 ] || die "--photo-editions needs a value"; PHOTO_EDITIONS=$2; shift ;;
        --photos-only) PHOTOS_ONLY=1 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
    shift
done
for n in "${SIZES[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a corpus size: $n"; done
[[ $PHOTO_EDITIONS =~ ^[0-9]+$ ]] || die "not a number of editions: $PHOTO_EDITIONS"
[ $HUGO_ONLY -eq 0 ] || PHOTO_EDITIONS=0
if [ $PHOTOS_ONLY -eq 1 ]; then
    [ $HUGO_ONLY -eq 0 ] && [ "$PHOTO_EDITIONS" -gt 0 ] || die "--photos-only needs Kerné and --photo-editions above 0"
    SIZES=()
fi

install_tools() {
    local missing=() sudo=
    command -v hugo >/dev/null || missing+=(hugo)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v cmark >/dev/null || missing+=(cmark)
    [ -x /usr/bin/time ] || missing+=(time)
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    log "installing ${missing[*]} from Debian"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

build_kerne() {
    if [ -n "$KERNE_BIN" ]; then
        [ -x "$KERNE_BIN" ] || die "KERNE_BIN=$KERNE_BIN is not an executable"
        log "using kerne at $KERNE_BIN"
        return 0
    fi
    log "building kerne: make kerne"
    make -C "$REPO_DIR" kerne ||
        die "kerne does not build yet (make kerne failed, see above).
       To benchmark Hugo and cmark alone: bash bench/run.sh --hugo-only"
    KERNE_BIN="$REPO_DIR/.build/release/kerne"
    [ -x "$KERNE_BIN" ] || die "no kerne executable at $KERNE_BIN"
}

kerne_cmd() { # content_dir output_dir -- kerne's build cache goes to <output_dir>.cache
    local theme=
    [ -n "${KERNE_THEME:-}" ] && theme=" --theme $(q "$KERNE_THEME")"
    echo "KERNE_CACHE_DIR=$(q "$2.cache") $(q "$KERNE_BIN") build --content $(q "$1") --output $(q "$2") --now $NOW$theme"
}

# Kerné must build the first corpus before anything is timed (and before old results are wiped).
check_kerne_works() { # corpus_dir
    local out=$CORPUS_ROOT/.kerne-check-output
    log "checking that kerne builds the corpus: $(kerne_cmd "$1/kerne/content" "$out")"
    sh -c "$(set_aside "$out" "$out.cache")"
    sh -c "$(kerne_cmd "$1/kerne/content" "$out")" && [ -f "$out/index.html" ] ||
        die "\`kerne build\` failed or wrote no index.html for $1/kerne/content (see above).
       The generator is not ready yet; to benchmark Hugo and cmark alone: bash bench/run.sh --hugo-only"
    sh -c "$(set_aside "$out" "$out.cache")"
}

corpus_key() { # changes whenever the generator, its text or the Hugo theme changes
    (cd "$BENCH_DIR" && find generate_corpus.py corpus_text.py hugo_theme -type f -print0 |
        LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

ensure_corpus() { # N
    local dir=$CORPUS_ROOT/$1 key
    key=$(corpus_key)
    if [ "$(cat "$dir/.key" 2>/dev/null || true)" = "$key" ]; then
        log "corpus N=$1: cached in $dir"
        return 0
    fi
    log "corpus N=$1: generating"
    sh -c "$(set_aside "$dir")"
    python3 "$BENCH_DIR/generate_corpus.py" "$1" "$dir"
    echo "$key" >"$dir/.key"
}

write_env() {
    {
        echo "kerne: $(git -C "$REPO_DIR" rev-parse --short HEAD)$(git -C "$REPO_DIR" diff --quiet HEAD -- 2>/dev/null || echo ' (uncommitted changes)')$([ $HUGO_ONLY -eq 1 ] && echo ' -- not measured (--hugo-only)')"
        hugo version | head -1
        echo "hyperfine: $(hyperfine --version)"
        echo "cmark: $(cmark --version | head -1)"
        echo "cpus: $(nproc), memory: $(free -m | awk '/^Mem:/ {print $2}') MB, kernel: $(uname -r)"
        echo "results on: $(df -T "$RESULTS_ROOT" | awk 'NR==2 {print $1, $2}')"
        echo "full builds write on: $(df -T "${BENCH_OUTPUT_ROOT:-$RESULTS_ROOT}" | awk 'NR==2 {print $1, $2}')"
        echo "load average at start (other jobs share the CPUs): $(cut -d' ' -f1-3 /proc/loadavg)"
    } >"$RESULTS_ROOT/env.txt"
}

# Full builds at N: three parallel arrays of what is timed (NAMES, COMMANDS, PREPARES); the
# prepare command moves the last output away (and Kerné's build cache), so that each build
# starts from nothing.
full_build_commands() { # N corpus_dir results_dir
    local n=$1 c=$2 r=$3 o
    # Where both tools write their sites: the results folder, or BENCH_OUTPUT_ROOT (a tmpfs
    # such as /dev/shm measures the generators without the file system's cost of creating files).
    o=${BENCH_OUTPUT_ROOT:-$r}
    [ "$o" = "$r" ] || { o=$o/$n; mkdir -p "$o"; }
    NAMES=() COMMANDS=() PREPARES=()
    if [ $HUGO_ONLY -eq 0 ]; then
        NAMES+=(kerne); COMMANDS+=("$(kerne_cmd "$c/kerne/content" "$o/out-kerne")"); PREPARES+=("$(set_aside "$o/out-kerne" "$o/out-kerne.cache")")
    fi
    NAMES+=(hugo); COMMANDS+=("hugo --source $(q "$c/hugo") --destination $(q "$o/out-hugo") --quiet"); PREPARES+=("$(set_aside "$o/out-hugo")")
    NAMES+=(cmark); COMMANDS+=("cat $(q "$c/bodies")/*.md | cmark >/dev/null"); PREPARES+=(true)
    OUTPUT_DIR=$o
}

# Rounds of full builds, the same number at every size (run 17 had 3 at N=10000: its median was
# one of three builds 7.2 to 7.8 s apart).
ROUNDS=5

# Round i of N: one hyperfine call, one run of each tool, so the tools' runs interleave
# (hyperfine itself runs all runs of one command in a row), the order alternating between
# rounds; then Kerné's rebuilds, so that a rebuild and the full build it is compared with are
# measured in the same minute.
bench_round() { # N corpus_dir results_dir round
    local n=$1 c=$2 r=$3 i=$4 k args order
    full_build_commands "$n" "$c" "$r"
    log "N=$n full builds, round $i/$ROUNDS"
    args=(--runs 1 --style basic --export-json "$r/full-round-$i.json")
    [ $i -eq 1 ] && args+=(--warmup 1)
    order=("${!NAMES[@]}")
    [ $((i % 2)) -eq 0 ] && mapfile -t order < <(printf '%s\n' "${order[@]}" | tac)
    for k in "${order[@]}"; do args+=(--prepare "${PREPARES[$k]}" -n "${NAMES[$k]}" "${COMMANDS[$k]}"); done
    hyperfine "${args[@]}"
    [ $HUGO_ONLY -eq 1 ] || time_rebuilds "$n" "$c" "$r" "$i"
}

# Peak memory (one more run of each under /usr/bin/time -v) and the pages each tool wrote.
bench_memory() { # N corpus_dir results_dir
    local n=$1 c=$2 r=$3 k name
    full_build_commands "$n" "$c" "$r"
    for k in "${!NAMES[@]}"; do
        log "N=$n peak memory of ${NAMES[$k]}"
        sh -c "${PREPARES[$k]}"
        /usr/bin/time -v -o "$r/rss-${NAMES[$k]}.txt" sh -c "${COMMANDS[$k]}"
    done
    for name in kerne hugo; do
        [ -d "$OUTPUT_DIR/out-$name" ] && find "$OUTPUT_DIR/out-$name" -type f -name '*.html' | wc -l >"$r/pages-$name.txt"
    done
    find "$c/bodies" -type f -name '*.md' | wc -l >"$r/pages-cmark.txt"
    for name in kerne hugo; do
        [ -f "$r/pages-$name.txt" ] && log "N=$n HTML files written by $name: $(cat "$r/pages-$name.txt")"
    done
    return 0
}

# Kerné's rebuilds, set up once: a build of the corpus (rebuilt with nothing changed) and a
# build of a copy of it (rebuilt after one edition is edited), each with its own cache.
prepare_rebuilds() { # N corpus_dir results_dir
    local n=$1 c=$2 r=$3 work=$3/content-edit target
    log "N=$n set-up of Kerné's rebuilds"
    sh -c "$(set_aside "$r/out-kerne-rebuild" "$r/out-kerne-rebuild.cache" "$r/out-kerne-edit" "$r/out-kerne-edit.cache" "$work")"
    cp -a "$c/kerne/content" "$work"
    target=$(find "$work/editions" -name '*.md' | LC_ALL=C sort | sed -n "$(((n + 1) / 2))p")
    cp "$target" "$r/edited-original.md"
    rm -f "$r/edit-count"
    # A different sentence on every run, so a content-hash cache cannot skip the edit.
    cat >"$r/edit-one.sh" <<EOF
#!/bin/sh
set -e
count=\$(( \$(cat $(q "$r/edit-count") 2>/dev/null || echo 0) + 1 ))
echo "\$count" >$(q "$r/edit-count")
cp $(q "$r/edited-original.md") $(q "$target")
printf '\nPhrase ajoutée pour la reconstruction n° %s.\n' "\$count" >>$(q "$target")
EOF
    log "N=$n the edited edition: $(basename "$target")"
    sh -c "$(kerne_cmd "$c/kerne/content" "$r/out-kerne-rebuild")" >/dev/null 2>&1
    sh -c "$(kerne_cmd "$work" "$r/out-kerne-edit")" >/dev/null 2>&1
}

# Two runs of each rebuild, after an untimed one: nothing changed, then one edition edited.
time_rebuilds() { # N corpus_dir results_dir round
    local n=$1 c=$2 r=$3 i=$4
    log "N=$n Kerné rebuilds, round $i"
    hyperfine --warmup 1 --runs 2 --style basic --export-json "$r/rebuild-round-$i.json" \
        --prepare true -n kerne-nochange "$(kerne_cmd "$c/kerne/content" "$r/out-kerne-rebuild")" \
        --prepare "sh $(q "$r/edit-one.sh")" -n kerne-edit "$(kerne_cmd "$r/content-edit" "$r/out-kerne-edit")"
}

# The outputs set aside until the end take about 3.5 GB at N=10000 (five builds of each tool,
# Kerné's caches, the rebuilds).
check_free_space() {
    local free_mb need_mb=1000 n
    free_mb=$(df -Pm "$BENCH_DIR" | awk 'NR==2 {print $4}')
    for n in "${SIZES[@]}"; do need_mb=$((need_mb + n / 2)); done
    [ "$free_mb" -ge "$need_mb" ] ||
        die "$free_mb MB free on the disk of bench/; the outputs of the timed builds need about $need_mb MB until the end"
}

empty_trash() {
    local trash
    for trash in "$BENCH_DIR/.trash" ${BENCH_OUTPUT_ROOT:+"$BENCH_OUTPUT_ROOT/.trash"}; do
        [ -d "$trash" ] || continue
        log "deleting what the benchmark set aside in $trash ($(du -sm "$trash" | cut -f1) MB)"
        rm -rf "$trash"
        date +%s >"$DELETED_STAMP"
    done
}

# ext4 without a journal passes over inodes freed in the last 60 s, or 360 s while their inode
# table is not yet written back, for every file it creates (see bench/README.md). A run started
# right after the last one deleted its outputs would time that: it waits until they are old.
wait_for_old_deletions() {
    local deleted now wait
    deleted=$(cat "$DELETED_STAMP" 2>/dev/null || echo 0)
    now=$(date +%s)
    wait=$((deleted + 360 - now))
    [ $wait -gt 0 ] || return 0
    log "the last run deleted its outputs $((now - deleted)) s ago: waiting $wait s before timing anything"
    sleep $wait
}

# The photo case: the corpus of N editions, each with one 1200×800 JPEG drawn by photo-corpus
# (bench/Sources/photo-corpus), beside the same corpus without photos. Its full build makes every
# photo (480, 960 and 1200 px, JPEG and WebP: 6 files each); the photos' cost is the difference
# between the two full builds, per photo. A rebuild with nothing changed must not look at them.
build_photo_tool() {
    if [ -n "$PHOTO_CORPUS_BIN" ]; then
        [ -x "$PHOTO_CORPUS_BIN" ] || die "PHOTO_CORPUS_BIN=$PHOTO_CORPUS_BIN is not an executable"
        return 0
    fi
    log "building the photo generator: swift build -c release --product photo-corpus"
    (cd "$REPO_DIR" && swift build -c release --product photo-corpus) || die "photo-corpus does not build"
    PHOTO_CORPUS_BIN="$REPO_DIR/.build/release/photo-corpus"
}

photo_corpus_key() {
    { corpus_key; sha256sum "$REPO_DIR/bench/Sources/photo-corpus/main.swift"; } | sha256sum | cut -c1-16
}

ensure_photo_corpus() { # N
    local dir=$CORPUS_ROOT/photos-$1 key
    key=$(photo_corpus_key)
    if [ "$(cat "$dir/.key" 2>/dev/null || true)" = "$key" ]; then
        log "photo corpus N=$1: cached in $dir"
        return 0
    fi
    log "photo corpus N=$1: generating"
    sh -c "$(set_aside "$dir")"
    python3 "$BENCH_DIR/generate_corpus.py" "$1" "$dir" >/dev/null
    rm -rf "$dir/hugo" "$dir/bodies"
    "$PHOTO_CORPUS_BIN" "$dir/kerne/content"
    # The same editions without their photos, for the difference.
    python3 "$BENCH_DIR/generate_corpus.py" "$1" "$dir/plain" >/dev/null
    rm -rf "$dir/plain/hugo" "$dir/plain/bodies"
    echo "$key" >"$dir/.key"
}

# Rounds of the photo case, each one hyperfine call (the full build with photos and without,
# interleaved), then the rebuild with nothing changed of the same minutes.
bench_photos() { # N
    local n=$1 c=$CORPUS_ROOT/photos-$1 r=$RESULTS_ROOT/photos-$1 o i
    mkdir -p "$r"
    o=${BENCH_OUTPUT_ROOT:-$r}
    [ "$o" = "$r" ] || { o=$o/photos-$n; mkdir -p "$o"; }
    find "$c/kerne/content/static/photos" -name 'edition-*.jpg' | wc -l >"$r/photos.txt"
    log "photo case N=$n: set-up of the rebuild ($(cat "$r/photos.txt") photos)"
    sh -c "$(set_aside "$r/out-rebuild" "$r/out-rebuild.cache")"
    sh -c "$(kerne_cmd "$c/kerne/content" "$r/out-rebuild")" >/dev/null 2>&1
    for ((i = 1; i <= ROUNDS; i++)); do
        log "photo case N=$n, round $i/$ROUNDS"
        hyperfine --runs 1 --style basic --export-json "$r/photos-round-$i.json" \
            --prepare "$(set_aside "$o/out-photos" "$o/out-photos.cache")" -n kerne-photos "$(kerne_cmd "$c/kerne/content" "$o/out-photos")" \
            --prepare "$(set_aside "$o/out-plain" "$o/out-plain.cache")" -n kerne-photos-plain "$(kerne_cmd "$c/plain/kerne/content" "$o/out-plain")"
        hyperfine --warmup 1 --runs 2 --style basic --export-json "$r/photos-rebuild-round-$i.json" \
            -n kerne-photos-nochange "$(kerne_cmd "$c/kerne/content" "$r/out-rebuild")"
    done
}

main() {
    cd "$REPO_DIR"
    trap empty_trash EXIT
    install_tools
    [ $HUGO_ONLY -eq 1 ] || build_kerne
    [ "$PHOTO_EDITIONS" -eq 0 ] || build_photo_tool
    mkdir -p "$CORPUS_ROOT"
    local n
    for n in "${SIZES[@]}"; do ensure_corpus "$n"; done
    [ "$PHOTO_EDITIONS" -eq 0 ] || ensure_photo_corpus "$PHOTO_EDITIONS"
    if [ $HUGO_ONLY -eq 0 ]; then
        check_kerne_works "$([ ${#SIZES[@]} -gt 0 ] && echo "$CORPUS_ROOT/${SIZES[0]}" || echo "$CORPUS_ROOT/photos-$PHOTO_EDITIONS")"
    fi
    check_free_space
    wait_for_old_deletions
    # Old results and an interrupted run's outputs go too, but not now: deleting them before
    # the first builds would slow those down. They are deleted when the benchmark ends.
    sh -c "$(set_aside "$RESULTS_ROOT")"
    mkdir -p "$RESULTS_ROOT" ${BENCH_OUTPUT_ROOT:+"$BENCH_OUTPUT_ROOT"}
    write_env
    local i
    for n in "${SIZES[@]}"; do
        mkdir -p "$RESULTS_ROOT/$n"
        [ $HUGO_ONLY -eq 1 ] || prepare_rebuilds "$n" "$CORPUS_ROOT/$n" "$RESULTS_ROOT/$n"
    done
    # The sizes' rounds interleave too (round 1 of each size, then round 2...): the linearity
    # check compares N=10000 with N=1000, and the machine's speed drifts.
    for ((i = 1; i <= ROUNDS; i++)); do
        for n in "${SIZES[@]}"; do bench_round "$n" "$CORPUS_ROOT/$n" "$RESULTS_ROOT/$n" $i; done
    done
    for n in "${SIZES[@]}"; do bench_memory "$n" "$CORPUS_ROOT/$n" "$RESULTS_ROOT/$n"; done
    [ "$PHOTO_EDITIONS" -eq 0 ] || bench_photos "$PHOTO_EDITIONS"
    echo
    python3 "$BENCH_DIR/report.py" "$RESULTS_ROOT" | tee "$RESULTS_ROOT/latest.md"
}

main
