#!/usr/bin/env bash
# Wall time and peak memory of `tolk check` on the real docsets of ../shared/corpus (nl-NL and
# de-DE, ~5,800 articles, ~54,000 units), JSON report written to a file, as CI would run it.
#
#   bench/check.sh [RUNS]      default: 5 runs; every figure printed, then the median
#
# Wall time includes JVM start (the launcher's class-data archive is built on first use and not
# counted: one warm-up run comes first).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=../shared/corpus
mkdir -p target/bench
./tolk --version >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
./tolk check --config bench/corpus.yaml --source "$corpus" --format json --output target/bench/check.json --fail-on never 2>/dev/null
walls=()
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o target/bench/time.txt ./tolk check --config bench/corpus.yaml --source "$corpus" \
      --format json --output target/bench/check.json --fail-on never 2> target/bench/check.log
  read -r wall rss < target/bench/time.txt
  walls+=("$wall")
  printf "run %d: %6.2f s wall, peak RSS %4.0f MiB\n" "$r" "$wall" "$((rss / 1024))"
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d runs: %.2f s\n", NR, a[int((NR+1)/2)]}'
cat target/bench/check.log
