#!/usr/bin/env bash
# The benchmark behind `make bench`: generates deterministic synthetic corpora (bench/generate_corpus.py)
# in a temporary folder, times the release binary on them and prints a Markdown table for
# docs/performance.md. Settings: BIN (the attrib binary), BENCH_MB (corpus size, default 100),
# BENCH_GB (size of the streamed memory test, default 1; 0 skips it), BENCH_DIR (work folder).
set -euo pipefail

BIN=${BIN:-.build/release/attrib}
MB=${BENCH_MB:-100}
GB=${BENCH_GB:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
GENERATE="python3 $HERE/generate_corpus.py"
WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/attrib-bench.XXXXXX")}
CORES=$(nproc)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time" >&2
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q time >&2
fi

# Runs a command with its output thrown away; sets SECONDS_TAKEN (wall clock), CPU_SECONDS
# (user + system, all threads) and PEAK_MB. CPU time stays meaningful on a busy machine.
measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > /dev/null || true
    read -r SECONDS_TAKEN user system peak_kb < <(tail -n 1 "$WORK/time")
    CPU_SECONDS=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    PEAK_MB=$(awk -v k="$peak_kb" 'BEGIN { printf "%.0f", k / 1024 }')
}

size_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / s; else printf "n/a" }'; }

row() { # label, input, MB, articles (or -); uses the last measure
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$SECONDS_TAKEN" "$CPU_SECONDS" \
        "$(per_second "$3" "$SECONDS_TAKEN")" "$(per_second "$3" "$CPU_SECONDS")" \
        "$( [ "$4" = - ] && echo - || per_second "$4" "$SECONDS_TAKEN")" "$PEAK_MB"
}

echo "bench: generating corpora in $WORK" >&2
$GENERATE jsonl --megabytes "$MB" > "$WORK/corpus.jsonl"
$GENERATE jsonl --megabytes "$((MB * 2))" --seed 2032 > "$WORK/corpus2.jsonl"
$GENERATE article --megabytes 20 > "$WORK/article20.txt"
$GENERATE article --megabytes 40 > "$WORK/article40.txt"
$GENERATE quotes --count 50000 > "$WORK/quotes50k.txt"
$GENERATE quotes --count 100000 > "$WORK/quotes100k.txt"
articles=$(wc -l < "$WORK/corpus.jsonl")
articles2=$(wc -l < "$WORK/corpus2.jsonl")

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | input | wall s | CPU s | MB/s | MB per CPU-second | articles/s | peak RSS (MB) |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"

corpus_mb=$(size_mb "$WORK/corpus.jsonl")
measure "$BIN" analyze --quiet --format jsonl --jobs 1 "$WORK/corpus.jsonl"
row "analyze --format jsonl, 1 core" "$corpus_mb MB, $articles articles" "$corpus_mb" "$articles"
one_core=$SECONDS_TAKEN
measure "$BIN" analyze --quiet --format jsonl --jobs "$CORES" "$WORK/corpus.jsonl"
row "analyze --format jsonl, $CORES cores" "$corpus_mb MB, $articles articles" "$corpus_mb" "$articles"
all_cores=$SECONDS_TAKEN
corpus2_mb=$(size_mb "$WORK/corpus2.jsonl")
measure "$BIN" analyze --quiet --format jsonl --jobs "$CORES" "$WORK/corpus2.jsonl"
row "same, doubled corpus, $CORES cores" "$corpus2_mb MB, $articles2 articles" "$corpus2_mb" "$articles2"

for size in 20 40; do
    measure "$BIN" analyze --quiet --format jsonl "$WORK/article$size.txt"
    row "one article" "$(size_mb "$WORK/article$size.txt") MB plain text" "$(size_mb "$WORK/article$size.txt")" -
done
for count in 50k 100k; do
    measure "$BIN" analyze --quiet --format jsonl "$WORK/quotes$count.txt"
    row "one article, $count quotes" "$(size_mb "$WORK/quotes$count.txt") MB plain text" "$(size_mb "$WORK/quotes$count.txt")" -
done

start=$(date +%s.%N)
for _ in $(seq 20); do "$BIN" --version > /dev/null; done
startup=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", (e - s) / 20 }')
printf '| attrib --version (start-up, mean of 20) | - | %s | - | - | - | - | - |\n' "$startup"

if [ "$GB" != 0 ]; then
    echo "bench: generating $GB GB for the streaming memory test" >&2
    $GENERATE jsonl --megabytes "$((GB * 1000))" --seed 2033 > "$WORK/stream.jsonl"
    stream_mb=$(size_mb "$WORK/stream.jsonl")
    stream_articles=$(wc -l < "$WORK/stream.jsonl")
    measure sh -c "cat '$WORK/stream.jsonl' | '$BIN' analyze --quiet --format jsonl --jobs $CORES -"
    row "stream on stdin (peak RSS bar: 64 MB)" "$stream_mb MB, $stream_articles articles" "$stream_mb" "$stream_articles"
    rm -f "$WORK/stream.jsonl"
fi

echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Speed-up on $CORES cores: $(awk -v a="$one_core" -v b="$all_cores" 'BEGIN { if (b > 0) printf "%.2fx", a / b }')"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GiB"
