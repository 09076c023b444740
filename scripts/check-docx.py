#!/usr/bin/env python3
"""Checks a Word redline written by `align report --format docx` with a real
consumer, python-docx (pip install python-docx):

  * it opens, and its tracked changes carry an author and a date;
  * accepting every change gives the new revision's text, and rejecting
    every change gives the old one's, paragraph by paragraph, as
    `align parse --format json` reads the two files (label + text; spaces
    ignored, since the redline puts a space after each label).

Usage: scripts/check-docx.py ALIGN OLD NEW REDLINE.docx
Prints the counts of each kind of revision and exits 1 on a mismatch.
"""
import json
import re
import subprocess
import sys

import docx
from docx.oxml.ns import qn

align, old_path, new_path, redline = sys.argv[1:5]

KINDS = ("ins", "del", "moveFrom", "moveTo")


def version_text(path):
    out = subprocess.run([align, "parse", path, "--format", "json"], check=True, capture_output=True).stdout
    paragraphs = json.loads(out)["paragraphs"]
    return [squeeze((p.get("label") or "") + p["text"]) for p in paragraphs if p["kind"] != "unnumbered" or p["text"]]


def squeeze(text):
    return re.sub(r"\s+", "", text)


def paragraph_text(p, accept):
    """The paragraph's text with every change accepted (or rejected), or
    None when the paragraph itself goes away (its mark was inserted and the
    changes are rejected, or deleted and they are accepted)."""
    mark = p.find(qn("w:pPr") + "/" + qn("w:rPr"))
    if mark is not None:
        for kind in KINDS:
            if mark.find(qn("w:" + kind)) is not None:
                gone = kind in (("del", "moveFrom") if accept else ("ins", "moveTo"))
                if gone:
                    return None
    dropped = {qn("w:del"), qn("w:moveFrom")} if accept else {qn("w:ins"), qn("w:moveTo")}
    parts = []

    def walk(element):
        for child in element:
            if child.tag in dropped:
                continue
            if child.tag in (qn("w:t"), qn("w:delText")):
                parts.append(child.text or "")
            elif child.tag == qn("w:br"):
                parts.append("\n")
            elif child.tag != qn("w:pPr"):
                walk(child)

    walk(p)
    return "".join(parts)


document = docx.Document(redline)
body = document.element.body
counts = {kind: 0 for kind in KINDS}
undated = 0
for kind in KINDS:
    for element in body.iter(qn("w:" + kind)):
        counts[kind] += 1
        if not element.get(qn("w:author")) or not element.get(qn("w:date")):
            undated += 1
print("revisions:", ", ".join(f"{k} {v}" for k, v in counts.items()), f"(python-docx sees {len(document.paragraphs)} paragraphs)")

failed = undated > 0
if undated:
    print(f"{undated} revisions without author or date")
for accept, path in ((True, new_path), (False, old_path)):
    got = [paragraph_text(p, accept) for p in body.iter(qn("w:p"))]
    got = [squeeze(t) for t in got if t is not None and squeeze(t)]
    want = [t for t in version_text(path) if t]
    what = "accepted" if accept else "rejected"
    if got == want:
        print(f"all {what}: {len(got)} paragraphs, same text as {path}")
    else:
        failed = True
        print(f"all {what}: differs from {path} ({len(got)} vs {len(want)} paragraphs)")
        for n, (a, b) in enumerate(zip(got, want)):
            if a != b:
                print(f"  first difference at paragraph {n + 1}:\n    docx: {a[:80]}\n    want: {b[:80]}")
                break
sys.exit(1 if failed else 0)
