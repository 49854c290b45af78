// Tests of the offline search module: segment() (which must split text as
// SearchTerms.terms() does; SearchIndexWriterTest expects the same term lists), search()
// over an index in the shape SearchIndexWriter writes, and highlight().
//
//   node --test src/test/js/
//
// TOLK_SEARCH_JS  path of the module under test (default: templates/assets/search.js)

import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MODULE = process.env.TOLK_SEARCH_JS
  ? path.resolve(process.env.TOLK_SEARCH_JS)
  : path.resolve(REPO_ROOT, "templates/assets/search.js");

const { segment, search, highlight } = await import(pathToFileURL(MODULE).href);


/** Runs `body` as if the browser had no Intl.Segmenter. */
function withoutSegmenter(body) {
  const saved = Intl.Segmenter;
  Intl.Segmenter = undefined;
  try {
    return body();
  } finally {
    Intl.Segmenter = saved;
  }
}

/** Marked parts as a string: "[Betaal] je factuur". */
function marked(parts) {
  return parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
}

// ---- segment ------------------------------------------------------------------------------

test("segment splits Dutch into lower-case words", () => {
  assert.deepEqual(segment("Hoe betaal ik mijn Factuur? Wijzig de betaalmethode.", "nl-NL"),
    ["hoe", "betaal", "ik", "mijn", "factuur", "wijzig", "de", "betaalmethode"]);
});

test("segment keeps German compounds whole", () => {
  assert.deepEqual(segment("Rechnungsadresse ÄNDERN – Straße, Größe", "de-DE"),
    ["rechnungsadresse", "andern", "strasse", "grosse"]);
});

test("segment cuts words at apostrophes and dots", () => {
  assert.deepEqual(segment("l'homme www.example.com Office365 3.5 — ! ...", "fr-FR"),
    ["l", "homme", "www", "example", "com", "office365", "3", "5"]);
});

test("segment normalizes compatibility forms", () => {
  assert.deepEqual(segment("ＡＢＣ１２３ ﬁle ﾒｰﾙ", "ja-JP"), ["abc123", "file", "メー", "ール"]);
});

test("segment turns Japanese and Chinese runs into overlapping bigrams", () => {
  assert.deepEqual(segment("請求書の支払い方法", "ja-JP"), ["請求", "求書", "書の", "の支", "支払", "払い", "い方", "方法"]);
  assert.deepEqual(segment("如何支付账单。", "zh-CN"), ["如何", "何支", "支付", "付账", "账单"]);
  assert.deepEqual(segment("税 Officeの設定", "ja-JP"), ["税", "office", "の設", "設定"]);
});

test("segment gives the same bigrams whatever the segmenter", () => {
  const text = "請求書の支払い方法 如何支付账单 Hoe betaal ik";
  assert.deepEqual(withoutSegmenter(() => segment(text, "ja-JP")), segment(text, "ja-JP"));
});

test("segment turns Thai into overlapping bigrams, as the index does, whatever the browser's dictionary", () => {
  const pairs = ["กา", "าร", "รช", "ชำ", "ำร", "ระ", "ะเ", "เง", "งิ", "ิน"];
  assert.deepEqual(segment("การชำระเงิน", "th-TH"), pairs);
  assert.deepEqual(withoutSegmenter(() => segment("การชำระเงิน", "th-TH")), pairs);
});

test("segment keeps Thai sara am whole when NFKC or the text splits it", () => {
  assert.deepEqual(segment("การช\u0E4D\u0E32ระเงิน", "th-TH"), segment("การชำระเงิน", "th-TH"));
});

test("segment folds the Turkish i's, drops Greek accents and reads Arabic as the index does", () => {
  assert.deepEqual(segment("İstemci istemci IŞIK ışık", "tr-TR"), ["istemci", "istemci", "isik", "isik"]);
  assert.deepEqual(segment("Διαχείριση ΡΥΘΜΙΣΕΙΣ ρυθμίσεις εΰνοϊύ", "el-GR"), ["διαχειριση", "ρυθμισεις", "ρυθμισεις", "ευνοιυ"]);
  assert.deepEqual(segment("إنشاء انشاء العملاء والعملاء للعملاء مدرسة", "ar-SA"), ["انشاء", "انشاء", "عملاء", "عملاء", "عملاء", "مدرسه"]);
});

test("segment drops diacritics, reads every digit as ASCII and keeps Hebrew abbreviations whole, as the index does", () => {
  assert.deepEqual(segment("Général configuração jelszó учётная УЧЕТНАЯ quản lý właściwości odbiorca đường", "fr-FR"),
    ["general", "configuracao", "jelszo", "учетная", "учетная", "quan", "ly", "wlasciwosci", "odbiorca", "duong"]);
  assert.deepEqual(segment("רִישָׁיוֹן רישיון", "he-IL"), ["רישיון", "רישיון"]);
  assert.deepEqual(segment("सदस्यता", "hi-IN"), ["सदस्यता"]);
  assert.deepEqual(segment("Microsoft ٣٦٥ Office ۲۰۱۹", "ar-SA"), ["microsoft", "365", "office", "2019"]);
  assert.deepEqual(segment("Office ๒๐๑๙ คำถาม", "th-TH"), ["office", "2019", "คำ", "ำถ", "ถา", "าม"]);
  assert.deepEqual(segment('דוא"ל דוא״ל דואל ל-Outlook', "he-IL"), ["דואל", "דואל", "דואל", "ל", "outlook"]);
});

test("highlight finds a word typed without its diacritics", () => {
  assert.equal(marked(highlight("Lecteur général", segment("general", "fr-FR"))), "Lecteur [général]");
});

test("segment falls back to a Unicode-aware split without Intl.Segmenter", () => {
  assert.deepEqual(withoutSegmenter(() => segment("Größe ändern: naïve café, 2024!", "de")),
    ["grosse", "andern", "naive", "cafe", "2024"]);
});

test("segment drops punctuation, symbols and emoji", () => {
  assert.deepEqual(segment("— … !? 😀 👍🏽 « »", "en"), []);
  assert.deepEqual(segment("", "en"), []);
});

// ---- search -------------------------------------------------------------------------------

/** Built by hand in the shape SearchIndexWriter writes (title terms weigh 3, body terms 1 each). */
const INDEX = {
  v: 1,
  lang: "nl-NL",
  docs: [
    ["AlchemyInsights/body.html", "Iets anders", "Hier staat iets over de factuur en betalen."],
    ["AlchemyInsights/title.html", "De factuur betalen", "Zo betaal je."],
    ["AlchemyInsights/methode.html", "Betaalmethode wijzigen", "Kies een andere betaalmethode."],
    ["b.html", "Zelfde titel", "factuur"],
    ["a.html", "Zelfde titel", "factuur"],
    ["ja.html", "請求書の支払い方法", "本文"],
  ],
  terms: {
    "andere": [2, 1], "anders": [0, 3], "betaal": [1, 1], "betaalmethode": [2, 4],
    "betalen": [0, 1, 1, 3], "de": [0, 1, 1, 3], "en": [0, 1], "factuur": [0, 1, 1, 3, 3, 1, 4, 1],
    "hier": [0, 1], "iets": [0, 4], "je": [1, 1], "kies": [2, 1], "over": [0, 1], "staat": [0, 1],
    "titel": [3, 3, 4, 3], "wijzigen": [2, 3], "zelfde": [3, 3, 4, 3], "zo": [1, 1],
    "い方": [5, 3], "の支": [5, 3], "払い": [5, 3], "支払": [5, 3], "方法": [5, 3], "書の": [5, 3],
    "本文": [5, 1], "求書": [5, 3], "請求": [5, 3],
  },
};

test("search ranks a title match above a body match", () => {
  const hits = search(INDEX, "factuur");
  assert.deepEqual(hits.map((h) => [h.url, h.score]), [
    ["AlchemyInsights/title.html", 3],
    ["AlchemyInsights/body.html", 1],
    ["a.html", 1],
    ["b.html", 1],
  ]);
  assert.deepEqual(Object.keys(hits[0]).sort(), ["excerpt", "score", "terms", "title", "url"]);
  assert.equal(hits[0].title, "De factuur betalen");
  assert.equal(hits[0].excerpt, "Zo betaal je.");
});

test("search ranks first the titles that have a word as typed, with its diacritics (Vietnamese: bán, bạn, bản are one term)", () => {
  const vi = {
    v: 1, lang: "vi-VN",
    docs: [["a.html", "Tài khoản của bạn", ""], ["b.html", "Bán hàng", ""], ["c.html", "Phiên bản", ""]],
    terms: { "ban": [0, 3, 1, 3, 2, 3], "hang": [1, 3], "tai": [0, 3], "khoan": [0, 3], "cua": [0, 3], "phien": [2, 3] },
  };
  assert.deepEqual(search(vi, "bán").map((h) => h.url), ["b.html", "c.html", "a.html"]);
  assert.deepEqual(search(vi, "BẢN").map((h) => h.url)[0], "c.html");
  assert.deepEqual(search(vi, "ban").map((h) => h.url), ["b.html", "c.html", "a.html"], "without marks: ties by title");
});

test("search breaks ties by title, then url", () => {
  assert.deepEqual(search(INDEX, "zelfde titel").map((h) => h.url), ["a.html", "b.html"]);
});

test("search needs every query term", () => {
  assert.deepEqual(search(INDEX, "factuur betalen").map((h) => [h.url, h.score]), [
    ["AlchemyInsights/title.html", 6],
    ["AlchemyInsights/body.html", 2],
  ]);
  assert.deepEqual(search(INDEX, "factuur onbekend"), []);
  assert.deepEqual(search(INDEX, "FACTUUR, Betalen!").map((h) => h.terms), [["factuur", "betalen"], ["factuur", "betalen"]]);
});

test("search finds longer words by a prefix of three or more characters, at half weight", () => {
  assert.deepEqual(search(INDEX, "betaalmeth").map((h) => [h.url, h.score]), [["AlchemyInsights/methode.html", 2]]);
  assert.deepEqual(search(INDEX, "betaal").map((h) => [h.url, h.score]), [
    ["AlchemyInsights/methode.html", 2],
    ["AlchemyInsights/title.html", 1],
  ]);
  assert.deepEqual(search(INDEX, "fa"), []);
});

test("search finds Japanese by bigrams, and a single character inside them", () => {
  assert.deepEqual(search(INDEX, "支払い方法", "ja-JP").map((h) => [h.url, h.score]), [["ja.html", 12]]);
  assert.deepEqual(search(INDEX, "請求", "ja-JP").map((h) => h.url), ["ja.html"]);
  assert.deepEqual(search(INDEX, "払", "ja-JP").map((h) => [h.url, h.score]), [["ja.html", 1.5]]);
  assert.deepEqual(search(INDEX, "支付", "zh-CN"), []);
});

test("search is not fooled by names of Object.prototype", () => {
  assert.deepEqual(search(INDEX, "constructor"), []);
  assert.deepEqual(search(INDEX, "toString hasOwnProperty __proto__"), []);
});

test("search of nothing finds nothing", () => {
  assert.deepEqual(search(INDEX, ""), []);
  assert.deepEqual(search(INDEX, "  … ? "), []);
});

test("search reads an index as JSON.parse gives it", () => {
  const parsed = JSON.parse(JSON.stringify(INDEX));
  assert.deepEqual(search(parsed, "factuur betalen"), search(INDEX, "factuur betalen"));
});

// ---- highlight ----------------------------------------------------------------------------

test("highlight marks terms whatever their case, at word starts", () => {
  assert.equal(marked(highlight("Betaal je FACTUUR, de betaalmethode of debet", ["betaal", "factuur", "de"])),
    "[Betaal] je [FACTUUR], [de] [betaal]methode of [de]bet");
});

test("highlight returns the whole text in parts", () => {
  const text = "Zo betaal je.";
  const parts = highlight(text, ["betaal"]);
  assert.deepEqual(parts, [{ text: "Zo ", mark: false }, { text: "betaal", mark: true }, { text: " je.", mark: false }]);
  assert.equal(parts.map((p) => p.text).join(""), text);
  assert.deepEqual(highlight(text, []), [{ text, mark: false }]);
  assert.deepEqual(highlight("", ["x"]), []);
});

test("highlight joins overlapping Japanese bigrams into one mark", () => {
  assert.equal(marked(highlight("請求書の支払い方法について", segment("支払い方法", "ja-JP"))), "請求書の[支払い方法]について");
  assert.equal(marked(highlight("如何支付账单", ["支付", "账单"])), "如何[支付账单]");
});

test("highlight finds Thai words inside unspaced text", () => {
  assert.equal(marked(highlight("การชำระเงินของคุณ", ["ชำระ"])), "การ[ชำระ]เงินของคุณ");
});

test("highlight matches full-width letters and final sigma", () => {
  assert.equal(marked(highlight("Ｏｆｆｉｃｅ 365", ["office"])), "[Ｏｆｆｉｃｅ] 365");
  assert.equal(marked(highlight("ΟΔΟΣ", segment("οδος", "el"))), "[ΟΔΟΣ]");
});

test("highlight keeps characters outside the BMP whole", () => {
  const parts = highlight("𠮷野家の牛丼", ["𠮷野", "牛丼"]);
  assert.equal(marked(parts), "[𠮷野]家の[牛丼]");
});
