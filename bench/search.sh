#!/usr/bin/env bash
# Search index size per 1,000 articles and query latency, on the real docsets of ../shared/corpus.
#   bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/bench/search-site
./tolk build --config bench/corpus.yaml --source ../shared/corpus --out "$site" >/dev/null 2>&1 || true
for locale in nl-NL de-DE en-US; do
  f="$site/$locale/search-index.json"
  pages=$(find "$site/$locale" -name '*.html' ! -name index.html ! -name search.html | wc -l)
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  awk -v l="$locale" -v p="$pages" -v r="$raw" -v g="$gz" 'BEGIN {
    printf "%s: %d pages, index %.0f KB (%.0f KB gzip) = %.0f KB per 1,000 articles (%.0f KB gzip)\n", l, p, r/1024, g/1024, r/1024/p*1000, g/1024/p*1000 }'
done
node bench/search-query.mjs "$site" nl-NL abonnement "wachtwoord opnieuw instellen" licentie "teams vergadering opnemen" \
  outlook facturering betaalmethode beheerder "sharepoint site" "onedrive synchronisatie"
node bench/search-query.mjs "$site" de-DE Abonnement "Kennwort zurücksetzen" Lizenz Besprechung Outlook Rechnung
