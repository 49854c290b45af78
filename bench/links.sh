#!/usr/bin/env bash
# Offline link checking speed on the real docsets of ../shared/corpus (nl-NL and de-DE): links
# checked per second in the link pass of `tolk check` (every internal address resolved against
# the site's files, every fragment against the target's anchors, target pages rendered on
# demand for their anchors), and the whole check's wall time for scale.
#
#   bench/links.sh [RUNS]      default: 5 runs; every figure printed, then the medians
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mkdir -p target/bench
./tolk --version >/dev/null
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
rates=(); walls=()
for r in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  ./tolk check --config bench/corpus.yaml --source ../shared/corpus --format json --output target/bench/links.json \
      --fail-on never --timings 2> target/bench/links.log
  end=$(date +%s.%N)
  line=$(grep '^timings:' target/bench/links.log)
  rate=$(sed -E 's/.*\(([0-9]+) links\/s\).*/\1/' <<<"$line")
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
  rates+=("$rate"); walls+=("$wall")
  echo "run $r: $line; check wall $wall s"
done
printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %d links/s in the link pass\n", a[int((NR+1)/2)]}'
printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %.2f s for the whole check\n", a[int((NR+1)/2)]}'
