#!/usr/bin/env bash
# Build throughput and peak memory of `tolk build` on generated paired-span docsets
# (../shared/bench/gen_corpus.py: ~5.7 KB pages with links, three locales).
#
#   bench/build.sh [ARTICLES...]      default: 1000 10000; three runs each, all figures printed
#
# pages/s counts input pages (articles x 3 locales) over wall time, JVM start included, the way a
# user waits for it; Tolk also writes the English site reconstructed from the lookups (one more
# page per article), which is included in the time but not in the count.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
mkdir -p target/bench
./tolk --version >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
for n in "${sizes[@]}"; do
  docs="target/bench/docs-$n"
  [ -d "$docs" ] || python3 ../shared/bench/gen_corpus.py --articles "$n" --locales nl-NL,de-DE,ja-JP --out "$docs" >/dev/null 2>&1
  input=$(find "$docs" -name '*.md' | wc -l)
  for r in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %M" -o target/bench/time.txt ./tolk build --no-cache --config /dev/null --source "$docs" \
        --out "target/bench/site-$n" > target/bench/build-$n.log || true
    read -r wall rss < <(tail -1 target/bench/time.txt)
    awk -v n="$n" -v r="$r" -v pages="$input" -v w="$wall" -v m="$rss" 'BEGIN {
      printf "%6d x3  run %d: %5d input pages in %6.2f s = %6.0f pages/s, peak RSS %5.0f MiB\n", n, r, pages, w, pages / w, m / 1024 }'
  done
  tail -1 target/bench/build-$n.log
done
