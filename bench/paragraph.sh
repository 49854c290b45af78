#!/usr/bin/env bash
# One paragraph of N pairs (default 2000), parsed and rendered: the case on which a Markdown
# parser fed raw span tags goes quadratic. Prints the wall time of a build of that one article
# next to a build of the same article with N short paragraphs, and of 2N pairs in one paragraph,
# so the growth is visible (linear: 2N costs about twice N, not four times).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
mkdir -p target/bench
./tolk --version >/dev/null
write() { # $1 dir, $2 pairs, $3 separator
  mkdir -p "$1/nl-NL"
  python3 - "$1/nl-NL/one.md" "$2" "$3" <<'PY'
import sys
path, n, sep = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode().decode('unicode_escape')
parts = ['<span data-ttu-id="abcde-%d">Zin **%d** met [link](other.md).</span><span class="sxs-lookup"><span data-stu-id="abcde-%d">Sentence **%d** with [link](other.md).</span></span>' % (i, i, i, i) for i in range(100, 100 + n)]
open(path, 'w').write('---\ntitle: one\n---\n' + sep.join(parts) + '\n')
PY
}
run() { # $1 label, $2 dir
  /usr/bin/time -f "%e" -o target/bench/p.txt ./tolk build --no-cache --config /dev/null --source "$2" --out target/bench/p-site >/dev/null || true
  printf "%-36s %s s\n" "$1" "$(cat target/bench/p.txt)"
}
rm -rf target/bench/p-*
write target/bench/p-one "$n" " "; write target/bench/p-many "$n" "\n\n"; write target/bench/p-double $((2 * n)) " "
write target/bench/p-empty 1 " "
run "1 pair (JVM start and setup)" target/bench/p-empty
run "$n pairs, $n paragraphs" target/bench/p-many
run "$n pairs in one paragraph" target/bench/p-one
run "$((2 * n)) pairs in one paragraph" target/bench/p-double
