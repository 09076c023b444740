#!/usr/bin/env python3
"""Renders Markdown with a real CommonMark renderer (markdown-it-py, GFM-like:
tables and strikethrough on) and counts markup left over as literal text.

Usage: scripts/check-markdown.py FILE.md ...   (pip install markdown-it-py)
Prints, per file, the number of `**`, `~~` and `<` found in the rendered
text (text nodes only, not tags); exits 1 if any file has one.
"""
import sys
from html.parser import HTMLParser

from markdown_it import MarkdownIt


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def stray(path):
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    with open(path, encoding="utf-8") as f:
        html = md.render(f.read())
    parser = TextOnly()
    parser.feed(html)
    text = "".join(parser.parts)
    return {k: text.count(k) for k in ("**", "~~", "<")}


failed = False
for path in sys.argv[1:]:
    counts = stray(path)
    print(path, " ".join(f"{k}={v}" for k, v in counts.items()))
    failed |= any(counts.values())
sys.exit(1 if failed else 0)
