#!/usr/bin/env python3
"""Writes the UDHR-in-Unicode XML of one language as plain text, as a web
copy shows it: title, note, preamble paragraphs, then each article's title
line and its paragraphs; ordered-list items numbered "1.", "2." (or with the
glyph in their `tag` attribute, as the Chinese file has "㈠"). One paragraph
per line, a blank line between paragraphs.

Usage: scripts/udhr-to-text.py udhr_eng.xml > udhr_en.txt
"""
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.unhchr.ch/udhr}"


def text(element):
    return " ".join("".join(element.itertext()).split())


def main(path):
    root = ET.parse(path).getroot()
    out = []
    for child in root:
        tag = child.tag[len(NS):]
        if tag == "title":
            out.append(text(child))
        elif tag == "note":
            out += [text(p) for p in child.iter(NS + "para")]
        elif tag in ("preamble", "article"):
            for part in child:
                name = part.tag[len(NS):]
                if name in ("title", "para"):
                    out.append(text(part))
                elif name == "orderedlist":
                    for number, item in enumerate(part.iter(NS + "listitem"), 1):
                        label = item.get("tag") or f"{number}."
                        out.append(f"{label} {text(item)}")
    sys.stdout.write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
