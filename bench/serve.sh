#!/usr/bin/env bash
# Incremental rebuild latency of `tolk serve` on ../shared/corpus (both docsets, ~5,800 articles,
# plus the English site reconstructed from their lookups): serves a copy of the corpus, edits one
# article at a time (20 edits, alternating nl-NL and de-DE) and measures, from the moment the file
# is written, the time to the reload event on the live-reload stream and to the new page content
# over HTTP. Target: median under 150 ms.
#
#   bench/serve.sh [EDITS] [edit|add]     default 20 edits of existing articles; add: add an article,
#                                         then delete it, and so on (a rescan of the folders each time)
#   CACHE=1 bench/serve.sh                start from the on-disk cache (target/bench/serve-cache, kept
#                                         between runs; the first run fills it) instead of a full build
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-20}
mode=${2:-edit}
work=target/bench/serve
rm -rf "$work" && mkdir -p "$work"
cp -r ../shared/corpus "$work/content"
rm -f "$work/content/PROVENANCE.txt"
./tolk --version >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
start=$(date +%s.%N)
cache=(--no-cache); [ "${CACHE:-0}" = 1 ] && cache=(--cache target/bench/serve-cache)
./tolk serve --config bench/corpus.yaml --source "$work/content" --port "$port" "${cache[@]}" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q "tolk serve: http://" "$work/serve.log"; do
  kill -0 $server 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.2
done
awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "first build and server up: %.1f s\n", e - s }'
grep "build 1:" "$work/serve.log"
python3 bench/serve_edits.py "$port" "$work/content" "$edits" "$mode"
grep "tolk serve: build" "$work/serve.log" | tail -3
