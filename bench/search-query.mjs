// Query latency of assets/search.js over a built locale index (bench/search.sh runs it).
//   node bench/search-query.mjs SITE_DIR LOCALE QUERY...
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [site, locale, ...queries] = process.argv.slice(2);
const { search } = await import(resolve(site, 'assets/search.js'));
const file = resolve(site, locale, 'search-index.json');
const t0 = performance.now();
const index = JSON.parse(readFileSync(file, 'utf8'));
const parse = performance.now() - t0;
for (const q of queries) search(index, q, locale); // warm-up
const times = [];
for (let r = 0; r < 5; r++) {
  for (const q of queries) {
    const t = performance.now();
    search(index, q, locale);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1);
console.log(`${locale}: ${index.docs.length} pages; index parse ${parse.toFixed(0)} ms; ${times.length} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
