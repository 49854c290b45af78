#!/usr/bin/env bash
# Build throughput, peak memory and CPU of `tolk build` on generated paired-span docsets
# (../shared/bench/gen_corpus.py: ~5.7 KB pages with links, three locales), optionally side by
# side with Hugo on the same Markdown.
#
#   bench/build.sh [ARTICLES...]      default: 1000 10000; three runs each, all figures printed
#   HUGO=1 bench/build.sh [ARTICLES...]
#                                     alternating pairs (Tolk, then Hugo) on the same docset, with
#                                     the ratios Tolk/Hugo of wall time and peak RSS per pair;
#                                     needs `hugo` on the PATH (Debian: apt-get install hugo)
#   RUNS=N                            runs (or pairs) per size, default 3
#
# Each tool builds into the output its last run left, as a writer's rebuilds do: Tolk takes the
# files of its site before last (see AtomicOutput), Hugo writes over its folder (its default,
# without --cleanDestinationDir). Emptying Hugo's folder first made each of its files new, right
# after thousands were deleted, which on ext4 without a journal costs seconds of system time.
#
# Tolk builds every locale of the docset with no configuration (--config /dev/null) and no cache.
# pages/s counts input pages (articles x 3 locales) over wall time, JVM start included, the way a
# user waits for it; Tolk also writes the English site reconstructed from the lookups (one more
# page per article), included in the time but not in the count. CPU is user + system seconds.
#
# The Hugo site is the one gen_corpus.py --hugo writes from the same arguments (the same articles,
# as content/<lang>/ of a multilingual Hugo project: goldmark with raw HTML kept, uglyURLs, a
# link render hook that maps .md links to pages, single and list layouts, no RSS or sitemap).
# Its output is written over in each run, as described above.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
work=target/bench
mkdir -p "$work"
./tolk --version >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
if [ -n "${HUGO:-}" ]; then
  command -v hugo >/dev/null || { echo "HUGO=1 needs hugo on the PATH (apt-get install hugo)"; exit 2; }
  echo "hugo: $(hugo version)"
fi

measure() { # label, then the command; sets wall, rss (MiB) and cpu, prints one line
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > "$work/run.log" 2>&1 || { cat "$work/run.log"; exit 1; }
  read -r wall rss user sys < <(tail -1 "$work/time.txt")
  rss=$((rss / 1024)); cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  awk -v l="$label" -v pages="$input" -v w="$wall" -v m="$rss" -v c="$cpu" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "  %-14s %6.2f s = %6.0f pages/s, peak RSS %5d MiB, CPU %6.1f s (load %s)\n", l, w, pages / w, m, c, load }'
}

for n in "${sizes[@]}"; do
  docs="$work/docs-$n"
  [ -d "$docs" ] || python3 ../shared/bench/gen_corpus.py --articles "$n" --locales nl-NL,de-DE,ja-JP --out "$docs" >/dev/null 2>&1
  input=$(find -L "$docs" -name '*.md' | wc -l)
  echo "$n x3: $input input pages"
  hugo="$work/hugo-$n"
  [ -z "${HUGO:-}" ] || [ -d "$hugo" ] || python3 ../shared/bench/gen_corpus.py --articles "$n" --locales nl-NL,de-DE,ja-JP --hugo \
      --out "$hugo" >/dev/null 2>&1
  for r in $(seq 1 "$runs"); do
    measure "tolk, run $r" ./tolk build --no-cache --config /dev/null --source "$docs" --out "$work/site-$n"
    tolk_wall=$wall; tolk_rss=$rss; cp "$work/run.log" "$work/build-$n.log"
    if [ -n "${HUGO:-}" ]; then
      measure "hugo, run $r" hugo --quiet -s "$hugo" -d "$(pwd)/$work/hugo-site-$n"
      awk -v tw="$tolk_wall" -v hw="$wall" -v tm="$tolk_rss" -v hm="$rss" 'BEGIN {
        printf "  pair %d: Tolk/Hugo wall %.2f, peak RSS %.2f\n", '"$r"', tw / hw, tm / hm }'
    fi
  done
  grep -h '^Built' "$work/build-$n.log" | tail -1 || true
done
