#!/usr/bin/env bash
# Wall time and peak memory of the localization loop on the real docsets of ../shared/corpus
# (nl-NL and de-DE, ~5,800 articles, ~54,000 units), as a team runs it:
#   export  `tolk xliff export` of every unit of both locales (5,835 .xlf files written)
#   import  `tolk xliff import` of that export as it is: every file read and every unit checked
#           against its article; nothing changed, so nothing written (the round trip)
#
#   bench/xliff.sh [RUNS]      default: 3 runs of each; every figure printed, then the medians
#
# Wall time includes JVM start (one warm-up run of each first, not counted). The content is a
# copy in target/bench/xliff, so the corpus itself is never written to.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=target/bench/xliff
rm -rf "$work"
mkdir -p "$work"
cp -r ../shared/corpus "$work/content"
./tolk --version >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

export_cmd=(./tolk xliff export --config bench/corpus.yaml --source "$work/content" --out "$work/xliff")
import_cmd=(./tolk xliff import --config bench/corpus.yaml --source "$work/content" "$work/xliff")

# one run under /usr/bin/time -v: prints "WALL_SECONDS RSS_MIB"
measure() {
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$work/time.txt")
  echo "$wall $rss"
}

for step in export import; do
  if [ "$step" = export ]; then cmd=("${export_cmd[@]}"); else cmd=("${import_cmd[@]}"); fi
  measure "${cmd[@]}" >/dev/null
  walls=()
  for r in $(seq 1 "$runs"); do
    read -r wall rss < <(measure "${cmd[@]}")
    walls+=("$wall")
    printf "%s run %d: %6.2f s wall, peak RSS %4d MiB   (%s)\n" "$step" "$r" "$wall" "$rss" "$(tail -1 "$work/out.txt")"
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk -v s="$step" '{a[NR]=$1} END {printf "%s: median of %d runs %.2f s\n", s, NR, a[int((NR+1)/2)]}'
done
# the round trip left every content file as it was
diff -r -q ../shared/corpus "$work/content" && echo "round trip: every content file byte-identical"
