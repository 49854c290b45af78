(function () {
"use strict";
// Offline search over the index that SearchIndexWriter writes for each locale:
//   {"v":1,"lang":"nl-NL","docs":[[url,title,excerpt],...],"terms":{"term":[doc,weight,...],...}}
// The index is fetched the first time the search box gets focus, or at once on the search page
// when it is opened with ?q=. Results are built with textContent only, never innerHTML, and no
// inline script or handler is used: the pages' Content-Security-Policy forbids them.
//
// segment() must split text exactly as SearchTerms.terms() does, or queries miss: the two
// test suites expect the same term lists for the same sentences.

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_PIECE = /[\p{L}\p{M}\p{Nd}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
// scripts written without spaces: a term may start anywhere inside a run of letters
const UNSPACED = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const PREFIX_MIN = 3;

/**
 * NFKC, but Thai and Lao SARA AM stay whole: NFKC splits them and no word dictionary knows the
 * split spelling. Same as SearchTerms.normalize.
 * @param {string} text
 */
function normalize(text) {
  const nfkc = text.normalize("NFKC").replace(/\u0E4D\u0E32/g, "\u0E33").replace(/\u0ECD\u0EB2/g, "\u0EB3");
  return withoutGershayim(asciiDigits(nfkc));
}

const DIGIT = /\p{Nd}/u;

/**
 * Every decimal digit of the BMP as its ASCII digit ("٣٦٥", "๓๖๕", "۳۶۵" are 365), as SearchTerms.asciiDigits.
 * Unicode's digits come in runs of ten from zero, so a digit's value is how far it is from the start of its run.
 * @param {string} text
 */
function asciiDigits(text) {
  return text.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0);
    if (cp < 0x660 || cp > 0xffff) return d;
    let steps = 0;
    while (DIGIT.test(String.fromCodePoint(cp - steps - 1))) steps++;
    return String(steps % 10);
  });
}

/**
 * Hebrew abbreviations without their gershayim or geresh between two letters (דוא"ל is דואל), as
 * SearchTerms.withoutGershayim.
 * @param {string} text
 */
function withoutGershayim(text) {
  return text.replace(/(?<=[\u05D0-\u05EA])["'\u05F4\u05F3](?=[\u05D0-\u05EA])/g, "");
}

/** A function that splits a span into words: Intl.Segmenter where there is one, else the whole span. */
function wordSplitter(lang) {
  if (typeof Intl === "undefined" || typeof Intl.Segmenter !== "function") return (span) => [span];
  let segmenter;
  try {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity: "word" });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: "word" }); // a malformed tag
  }
  return (span) => Array.from(segmenter.segment(span), (s) => s.segment);
}

/**
 * The search terms of a text, in reading order with repeats: NFKC; runs of Han, Hiragana,
 * Katakana and Hangul, and of Thai, Lao, Khmer and Myanmar (written without spaces between words), as overlapping
 * character bigrams (one character alone stays itself), as the index has them; other
 * text split into words (Intl.Segmenter for `lang`), cut again at every character that is not a
 * letter, mark or digit, lower-cased, kept if it holds a letter or digit.
 * @param {string} text
 * @param {string} [lang] BCP 47 tag of the text
 * @returns {string[]}
 */
function segment(text, lang) {
  const s = normalize(String(text ?? ""));
  const split = wordSplitter(lang);
  const out = [];
  let last = 0;
  for (const m of s.matchAll(CJK_RUN)) {
    if (m.index > last) words(s.slice(last, m.index), split, out);
    bigrams(m[0], out);
    last = m.index + m[0].length;
  }
  if (last < s.length) words(s.slice(last), split, out);
  return out;
}

function words(span, split, out) {
  for (const word of split(span)) {
    for (const piece of word.match(WORD_PIECE) ?? []) {
      if (LETTER_OR_DIGIT.test(piece)) out.push(withoutArabicArticle(lower(piece)));
    }
  }
}

function bigrams(run, out) {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * For each doc holding `term`: its weight. An exact term counts in full. A query term of
 * PREFIX_MIN or more characters (not CJK) also matches longer index terms that start with it
 * ("betaal" finds "betaalmethode"), and a single CJK character matches the bigrams that hold it;
 * such matches count half. A doc takes its best match.
 * @returns {Map<number, number>}
 */
function termWeights(index, term) {
  const weights = new Map();
  const add = (postings, factor) => {
    for (let i = 0; i + 1 < postings.length; i += 2) {
      const w = postings[i + 1] * factor;
      if (!(weights.get(postings[i]) >= w)) weights.set(postings[i], w);
    }
  };
  if (hasOwn(index.terms, term)) add(index.terms[term], 1);
  const cjk = CJK.test(term);
  const length = Array.from(term).length;
  if (cjk ? length === 1 : length >= PREFIX_MIN) {
    for (const key in index.terms) {
      if (key !== term && hasOwn(index.terms, key) && (cjk ? key.includes(term) : key.startsWith(term))) {
        add(index.terms[key], 0.5);
      }
    }
  }
  return weights;
}

/**
 * The docs that match every term of `query`, best first.
 * @param {{lang: string, docs: string[][], terms: Object<string, number[]>}} index
 * @param {string} query
 * @param {string} [lang] defaults to the index's language
 * @returns {{url: string, title: string, excerpt: string, score: number, terms: string[]}[]}
 *   score: the sum of the query terms' weights in the doc; ties go by title, then url.
 *   terms: the query's distinct terms, for highlight().
 */
function search(index, query, lang) {
  const terms = [...new Set(segment(query, lang ?? index.lang))];
  if (terms.length === 0) return [];
  let scores = null;
  for (const term of terms) {
    const weights = termWeights(index, term);
    if (scores === null) {
      scores = weights;
    } else {
      const both = new Map();
      for (const [doc, score] of scores) if (weights.has(doc)) both.set(doc, score + weights.get(doc));
      scores = both;
    }
    if (scores.size === 0) return [];
  }
  const titles = collator(lang ?? index.lang);
  const exact = accented(query);
  return Array.from(scores, ([doc, score]) => {
    const [url, title, excerpt] = index.docs[doc];
    return { url, title, excerpt, score, terms };
  }).sort((a, b) => exactIn(b.title, exact) - exactIn(a.title, exact) || b.score - a.score || titles(a.title, b.title)
    || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The words of `query` that carry diacritics, as typed (lower case, NFC): terms are matched without them ("bán",
 * "bạn" and "bản" are one term, as "général" and "general" are), so a page whose title has the word as typed ranks
 * first; in Vietnamese the marks are what tell such words apart. Empty when the query has none.
 * @param {string} query
 * @returns {string[]}
 */
function accented(query) {
  return normalize(query).toLowerCase().split(/[\s\p{P}]+/u).filter((w) => w !== "" && withoutDiacritics(w) !== w);
}

/** 1 when `title` holds every word of `words` as written (and there are some), else 0. */
function exactIn(title, words) {
  if (words.length === 0) return 0;
  const text = normalize(title).toLowerCase();
  return words.every((w) => text.includes(w)) ? 1 : 0;
}

function collator(lang) {
  try {
    return new Intl.Collator(lang || undefined).compare;
  } catch {
    return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  }
}

/** A character as terms are compared: normalized, lower case, final sigma as sigma. */
function fold(text) {
  return lower(normalize(text)).replace(/ς/g, "σ");
}

/**
 * Lower case with the Turkish i's folded (İ lowers to i with a combining dot, and ı stays; both become plain i, so
 * "istemci" finds "İstemci"), Greek accents and other diacritics dropped ("διαχειριση" finds "διαχείριση").
 * Same as SearchTerms.lower.
 * @param {string} text
 */
function lower(text) {
  return arabicLetters(withoutDiacritics(text.toLowerCase().replace(/i\u0307/g, "i").replace(/\u0131/g, "i")
    .replace(/[άέήίόύώϊϋΐΰ]/g, (c) => GREEK_PLAIN["άέήίόύώϊϋΐΰ".indexOf(c)])));
}

/**
 * Latin, Cyrillic and Hebrew letters without their diacritics ("general" finds "général", "учётная" finds
 * "учетная", Hebrew without vowel points); ø, đ, ł as o, d, l and ß as ss. Same as SearchTerms.withoutDiacritics.
 * @param {string} text
 */
function withoutDiacritics(text) {
  if (!/[\u00C0-\u024F\u0300-\u036F\u0400-\u04FF\u0591-\u05C7\u1E00-\u1EFF]/.test(text)) return text;
  return text.normalize("NFD").replace(/[\u0300-\u036F\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g, "")
    .replace(/\u00F8/g, "o").replace(/\u0111/g, "d").replace(/\u0142/g, "l").replace(/\u00DF/g, "ss").normalize("NFC");
}

/** Greek letters without their accents (tonos, dialytika), as SearchTerms.withoutGreekAccents. */
const GREEK_PLAIN = "αεηιουωιυιυ";

/**
 * Arabic as SearchTerms.arabicLetters reads it: no vowel marks or tatweel, alef with hamza or madda as alef,
 * alef maqsura as ya, ta marbuta as ha.
 * @param {string} text
 */
function arabicLetters(text) {
  if (!/[\u0622-\u0671]/.test(text)) return text;
  return text.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
    .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
}

/** Arabic's article and the conjunctions joined to it, as SearchTerms.withoutArabicArticle. */
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];

/** @param {string} term */
function withoutArabicArticle(term) {
  if (!/^[\u0600-\u06FF]/.test(term)) return term;
  for (const prefix of ARABIC_PREFIXES) {
    if (term.startsWith(prefix) && term.length - prefix.length >= 2) return term.slice(prefix.length);
  }
  return term;
}

/**
 * `text` cut into parts, `mark` on those that match a term: case- and width-insensitive; a CJK
 * or Thai-like term anywhere, any other at the start of a word (so also as a prefix). Overlapping
 * and adjacent matches make one part. Build nodes from the parts with textContent.
 * @param {string} text
 * @param {string[]} terms
 * @returns {{text: string, mark: boolean}[]}
 */
function highlight(text, terms) {
  const s = String(text ?? "");
  if (s === "") return [];
  // the folded text, and for each of its code units the original range it came from
  let folded = "";
  const from = [];
  const to = [];
  let pos = 0;
  for (const ch of s) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(pos);
      to.push(pos + ch.length);
    }
    folded += f;
    pos += ch.length;
  }
  const marked = new Uint8Array(s.length);
  for (const term of new Set((terms ?? []).map((t) => fold(String(t))))) {
    if (term === "") continue;
    const anywhere = CJK.test(term) || UNSPACED.test(term);
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (!anywhere && WORD_CHAR.test(charBefore(folded, at))) continue;
      marked.fill(1, from[at], to[at + term.length - 1]);
    }
  }
  const parts = [];
  let start = 0;
  for (let i = 1; i <= s.length; i++) {
    if (i === s.length || marked[i] !== marked[start]) {
      parts.push({ text: s.slice(start, i), mark: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}

/** The code point that ends just before index `i`, or "" at the start. */
function charBefore(s, i) {
  if (i === 0) return "";
  const pair = i >= 2 ? s.slice(i - 2, i) : "";
  return pair.length === 2 && pair.codePointAt(0) > 0xffff ? pair : s[i - 1];
}

// ---- the page ---------------------------------------------------------------------------

if (typeof document !== "undefined") start(document);

function start(doc) {
  const form = doc.querySelector("form.site-search");
  const input = form?.querySelector("input[name=q]");
  const href = form?.getAttribute("data-index");
  if (!input || !href) return;
  const load = indexLoader(new URL(href, doc.baseURI).href);
  input.addEventListener("focus", () => load().catch(() => { /* tried again on search */ }), { once: true });
  const container = doc.getElementById("search-results");
  const show = container ? resultsPage(doc, input, container, load) : null;
  // The pages' CSP has form-action 'none', so the form never submits itself: go to the search
  // page with ?q=, or, already there, search in place.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const target = new URL(form.getAttribute("action") ?? "", doc.baseURI);
    target.searchParams.set("q", input.value);
    if (show && target.pathname === location.pathname) {
      history.pushState(null, "", target);
      show(input.value);
    } else {
      location.assign(target.href);
    }
  });
}

/**
 * Fetches the index once; a failed fetch is tried again on the next call. Opened from disk
 * (file://), where browsers refuse to fetch, the same index is loaded as a script,
 * search-index.js beside the JSON, which sets globalThis.tolkSearchIndex.
 */
function indexLoader(url) {
  let pending = null;
  return () => {
    if (pending === null) {
      pending = (new URL(url).protocol === "file:" ? scriptIndex(url) : fetch(url, { credentials: "same-origin" })
        .then((r) => {
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          return r.json();
        }))
        .catch((e) => {
          pending = null;
          throw e;
        });
    }
    return pending;
  };
}

/** The index of search-index.js (beside the JSON at url), loaded by a script element. */
function scriptIndex(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url.replace(/\.json$/, ".js");
    script.onload = () => {
      const index = globalThis.tolkSearchIndex;
      if (index) resolve(index);
      else reject(new Error(`${script.src} set no index`));
    };
    script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
    document.head.append(script);
  });
}

/** Wires the search page; returns the function that shows the results of a query. */
function resultsPage(doc, input, container, load) {
  const status = container.querySelector(".search-status") ?? doc.createElement("p");
  if (!status.isConnected) {
    status.className = "search-status";
    container.prepend(status);
  }
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  let run = 0;

  const show = (query) => {
    const current = ++run;
    input.value = query;
    if (query.trim() === "") {
      render(doc, container, status, [], null, "");
      return;
    }
    load().then(
      (index) => { if (current === run) render(doc, container, status, search(index, query), index.lang, query); },
      () => { if (current === run) status.textContent = container.dataset.error ?? "Search is unavailable."; },
    );
  };

  window.addEventListener("popstate", () => show(new URLSearchParams(location.search).get("q") ?? ""));
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = container.querySelector("ol a");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  container.addEventListener("keydown", (event) => moveFocus(event, container, input));

  const query = new URLSearchParams(location.search).get("q");
  if (query !== null) show(query);
  return show;
}

/** ArrowDown and ArrowUp step through the result links; up from the first goes back to the box. */
function moveFocus(event, container, input) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = Array.from(container.querySelectorAll("ol a"));
  const at = links.indexOf(event.target);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === "ArrowDown" ? 1 : -1);
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)].focus();
}

function render(doc, container, status, hits, lang, query) {
  container.querySelector("ol.search-hits")?.remove();
  if (query === "") {
    status.textContent = "";
    return;
  }
  if (hits.length === 0) {
    status.textContent = format(container.dataset.none ?? "No results for {0}", [query]);
    return;
  }
  status.textContent = format(countTemplate(container.dataset, hits.length, lang), [number(hits.length, lang), query]);
  const list = doc.createElement("ol");
  list.className = "search-hits";
  for (const hit of hits) {
    const link = doc.createElement("a");
    link.setAttribute("href", hit.url);
    appendParts(doc, link, highlight(hit.title, hit.terms));
    const excerpt = doc.createElement("p");
    appendParts(doc, excerpt, highlight(hit.excerpt, hit.terms));
    const item = doc.createElement("li");
    item.append(link, excerpt);
    list.append(item);
  }
  container.append(list);
}

function appendParts(doc, parent, parts) {
  for (const part of parts) {
    if (!part.mark) {
      parent.append(doc.createTextNode(part.text));
    } else {
      const mark = doc.createElement("mark");
      mark.textContent = part.text;
      parent.append(mark);
    }
  }
}

/** data-count, or a plural form of it where the template has one (data-count-one, data-count-few...). */
function countTemplate(dataset, count, lang) {
  let category = "other";
  try {
    category = new Intl.PluralRules(lang || undefined).select(count);
  } catch { /* a malformed tag: the plain template */ }
  const key = "count" + category[0].toUpperCase() + category.slice(1);
  return dataset[key] ?? dataset.count ?? "{0} results for {1}";
}

function number(n, lang) {
  try {
    return new Intl.NumberFormat(lang || undefined).format(n);
  } catch {
    return String(n);
  }
}

/** "{0} results for {1}" with its arguments; an unknown {n} stays as written. */
function format(template, args) {
  return template.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole));
}
})();
