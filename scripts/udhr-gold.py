#!/usr/bin/env python3
"""Writes the gold alignment of the six UDHR texts from the structure of their
UDHR-in-Unicode XML files (identical in all six for the articles): one row per
paragraph of an article and per item of an article's ordered list, with the
unit's key, the paragraph's place in the unit, the language and the first
characters of the paragraph's text (whitespace collapsed, as
scripts/udhr-to-text.py writes it), by which a test finds the paragraph (the first after the one before it) in
what the reader made of the text file.

Keys: "N" for article N's own paragraphs (N.1, N.2 … in the row's second
column are their places), "N.k" for item k of article N's list.
The preamble is left out: its structure differs between the files (the
Arabic has six "whereas" paragraphs, the others seven; English ends it in
three paragraphs, Chinese in one).

Usage: scripts/udhr-gold.py ../shared/corpus/udhr_6lang/xml > Fixtures/udhr_6lang/udhr-gold.tsv
"""
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.unhchr.ch/udhr}"
LANGUAGES = [("arb", "ar"), ("cmn_hans", "zh"), ("eng", "en"), ("fra", "fr"), ("rus", "ru"), ("spa", "es")]
PREFIX = 40


def text(element):
    return " ".join("".join(element.itertext()).split())


def rows(path, language):
    root = ET.parse(path).getroot()
    for article in root.iter(NS + "article"):
        number = article.get("number")
        place = 0
        for part in article:
            name = part.tag[len(NS):]
            if name == "para":
                place += 1
                yield (number, place, language, text(part)[:PREFIX])
            elif name == "orderedlist":
                for k, item in enumerate(part.iter(NS + "listitem"), 1):
                    yield (f"{number}.{k}", 1, language, text(item)[:PREFIX])


def main(folder):
    out = ["unit\tplace\tlanguage\tprefix"]
    for code, language in LANGUAGES:
        out += ["\t".join(map(str, row)) for row in rows(f"{folder}/udhr_{code}.xml", language)]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
