#!/usr/bin/env python3
"""Copies a small real subset of ../shared/corpus into src/test/resources/corpus, so that
`mvn -B verify` passes on a clone with nothing beside it. Deterministic: same corpus, same files.

Chosen: the articles the unit tests name, the file with the invalid front matter, a few with
odd file names and odd characters, and every 12th article key present in both locales (sorted),
each in both locales; the media those articles show; the docsets' TOC.yml, docfx.json, README.md
and breadcrumb, and the index.md the TOC names. Files are copied as they are (links to articles outside the subset stay broken).

usage: .ci/corpus-subset.py [CORPUS] [OUT]
"""
import os, re, shutil, sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
out = sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/corpus"
locales = ["nl-NL", "de-DE"]
root = "AlchemyInsights"

def keys(locale):
    base = os.path.join(corpus, locale, root)
    found = set()
    for d, _, files in os.walk(base):
        for f in files:
            if f.endswith(".md"):
                found.add(os.path.relpath(os.path.join(d, f), base).replace(os.sep, "/"))
    return found

both = sorted(keys("nl-NL") & keys("de-DE"))
named = set()
for d, _, files in os.walk("src/test/java"):
    for f in files:
        if f.endswith(".java"):
            text = open(os.path.join(d, f), encoding="utf-8").read()
            named.update(re.findall(r'Checked\.corpus\("[a-z]{2}-[A-Z]{2}", "([^"]+)"\)', text))
            named.update(re.findall(r'"([a-z0-9][a-z0-9-]*\.md)"', text))
named.update(["troubleshoot-presence-issues-outlook.md", "index.md"])  # the defect; the TOC's one entry
odd = [k for k in both if re.search(r"[^\x00-\x7f]| ", k)][:4]
chosen = sorted((named & set(both)) | set(odd) | set(both[::12]) | {k for k in named if k in keys("nl-NL") or k in keys("de-DE")})

shutil.rmtree(out, ignore_errors=True)
def copy(rel):
    src = os.path.join(corpus, rel)
    if os.path.isfile(src):
        os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
        shutil.copyfile(src, os.path.join(out, rel))

for locale in locales:
    base = os.path.join(locale, root)
    for extra in ["README.md"]:
        copy(os.path.join(locale, extra))
    for extra in ["TOC.yml", "docfx.json", "chromeless.yml"]:
        copy(os.path.join(base, extra))
    for d, _, files in os.walk(os.path.join(corpus, base, "breadcrumb")):
        for f in files:
            copy(os.path.relpath(os.path.join(d, f), corpus))
    for key in chosen:
        copy(os.path.join(base, key))
        src = os.path.join(corpus, base, key)
        if os.path.isfile(src):
            text = open(src, encoding="utf-8").read()
            for m in re.findall(r"media/([^)\s\"'>]+)", text):
                copy(os.path.join(base, os.path.dirname(key), "media", m))
shutil.copyfile(os.path.join(corpus, "PROVENANCE.txt"), os.path.join(out, "PROVENANCE.txt"))
with open(os.path.join(out, "SUBSET.txt"), "w", encoding="utf-8") as f:
    f.write("A subset of ../shared/corpus made by .ci/corpus-subset.py (see there what is chosen);\n"
            "the tests use it when the whole corpus is not beside the checkout.\n")
    f.write("%d article keys in each of %s\n" % (len(chosen), ", ".join(locales)))
