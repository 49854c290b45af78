#!/usr/bin/env bash
# The on-disk cache of `tolk build` (DESIGN §9): wall time and peak memory of a cold build, a
# rebuild with no change, a rebuild after a one-article edit and after a one-template edit, on
# a copy of each docset; after each step the site must be byte-identical to a --no-cache build
# of the same tree (checked with diff -r; a difference fails the script).
#
#   bench/cache.sh [DOCSET...]     docsets: gen10k (generated 10,000 x 3), corpus (../shared/corpus,
#                                  nl-NL + de-DE), docfx (../shared/corpus-docfx); default: all three
#   RUNS=3 by default: each step is timed RUNS times (the cold build each time from an empty cache)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(gen10k corpus docfx)
work=target/bench/cache
mkdir -p "$work"
./tolk --version >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

timed() { # label, then the tolk arguments; prints wall and RSS, keeps the summary line
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" ./tolk build "$@" > "$work/build.log" 2>&1 || true
  read -r wall rss < <(tail -1 "$work/time.txt")
  printf "  %-16s %6.2f s  %5.0f MiB   %s\n" "$label" "$wall" "$((rss / 1024))" "$(tail -1 "$work/build.log" | sed 's/.*pages (//; s/) from.*//')"
}

same_as_uncached() { # the tolk arguments without --out/--cache: builds without the cache and compares
  ./tolk build --no-cache "$@" --out "$work/reference" > /dev/null 2>&1 || true
  diff -r -q "$work/reference" "$work/site" > /dev/null || { echo "  DIFFERENT from a --no-cache build"; exit 1; }
  echo "  byte-identical to a --no-cache build"
}

for set in "${sets[@]}"; do
  tree="$work/$set"
  rm -rf "$tree" && mkdir -p "$tree"
  case "$set" in
    gen10k)
      gen=target/bench/docs-10000
      [ -d "$gen" ] || python3 ../shared/bench/gen_corpus.py --articles 10000 --locales nl-NL,de-DE,ja-JP --out "$gen" >/dev/null 2>&1
      cp -r "$gen" "$tree/content"; : > "$tree/tolk.yaml" ;;
    corpus) cp -r ../shared/corpus "$tree/content"; cp bench/corpus.yaml "$tree/tolk.yaml" ;;
    docfx) cp -r ../shared/corpus-docfx/content "$tree/content"; cp ../shared/corpus-docfx/tolk.yaml ../shared/corpus-docfx/*.json "$tree/" ;;
    *) echo "unknown docset $set"; exit 2 ;;
  esac
  cp -r templates "$tree/templates"
  args=(--config "$tree/tolk.yaml" --source "$tree/content" --templates "$tree/templates")
  article=$(find "$tree/content" -name '*.md' -not -path '*/includes/*' | sort | sed -n '10p')
  echo "$set: $(find "$tree/content" -name '*.md' | wc -l) Markdown files; edited article: ${article#$tree/content/}"
  # each cold build fills a store of its own, deleted only when the docset is done: deleting a store of 80,000
  # entries right before a build made the cold builds slower each time (ext4 without a journal scans past
  # recently deleted inodes when it makes files), 35.6 / 41.6 / 44.8 s at 10,000 x 3
  for r in $(seq 1 "$runs"); do
    timed "cold ($r)" "${args[@]}" --cache "$tree/cold-$r" --out "$work/site"
  done
  mv "$tree/cold-$runs" "$tree/cache"
  same_as_uncached "${args[@]}"
  for r in $(seq 1 "$runs"); do timed "no change ($r)" "${args[@]}" --cache "$tree/cache" --out "$work/site"; done
  same_as_uncached "${args[@]}"
  for r in $(seq 1 "$runs"); do
    printf '\nEdited in run %s of the cache benchmark.\n' "$r" >> "$article"
    timed "one article ($r)" "${args[@]}" --cache "$tree/cache" --out "$work/site"
  done
  same_as_uncached "${args[@]}"
  for r in $(seq 1 "$runs"); do
    printf '\n<#-- edited in run %s -->\n' "$r" >> "$tree/templates/article.ftlh"
    timed "one template ($r)" "${args[@]}" --cache "$tree/cache" --out "$work/site"
  done
  same_as_uncached "${args[@]}"
  echo "  cache: $(du -sh "$tree/cache" | cut -f1)"
  rm -rf "$tree"/cold-*
done
