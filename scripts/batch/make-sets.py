#!/usr/bin/env python3
"""Builds document sets for `align batch` from the real texts in Fixtures/.

Writes OUTDIR/sets/*.txt and OUTDIR/manifest.tsv (one set per line,
`ID<TAB>zh=PATH<TAB>en=PATH...`). Used by Benchmarks/batch-bench.sh and
scripts/spark/test-local.sh; deterministic (a fixed linear congruential
generator), so the same arguments always give the same files.

Sets:
  fixtures  S/RES/2446 (zh, en); UN Charter chapters 1-3 (zh, en) and
            chapter 1 (zh, es, en); the four Hong Kong ordinances of
            hk_lawcorpus3 (odd non-empty lines Chinese, even English).
  unpc      --unpc N documents cut from the UN Parallel Corpus dev set
            (Fixtures/unpc_v1_devset_zh_en, sentence-aligned): each document
            10-30 consecutive sentences, grouped into paragraphs of 1-4
            sentences the same way on both sides.
  tiny      --tiny N one-paragraph pairs (one dev-set sentence each), to
            measure the per-set overhead.

Usage: make-sets.py FIXTURES OUTDIR [--unpc N] [--tiny N] [--no-fixtures]
                    [--relative]
  --relative  write paths relative to OUTDIR (run with `--root OUTDIR`).
"""
import argparse
import os


class LCG:
    """Numerical Recipes' 32-bit linear congruential generator."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self, low, high):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return low + (self.state >> 8) % (high - low + 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures")
    parser.add_argument("outdir")
    parser.add_argument("--unpc", type=int, default=0)
    parser.add_argument("--tiny", type=int, default=0)
    parser.add_argument("--no-fixtures", action="store_true")
    parser.add_argument("--relative", action="store_true")
    args = parser.parse_args()

    sets_dir = os.path.join(args.outdir, "sets")
    os.makedirs(sets_dir, exist_ok=True)
    lines = []

    def path(name):
        full = os.path.join(sets_dir, name)
        return os.path.relpath(full, args.outdir) if args.relative else os.path.abspath(full)

    def write_set(set_id, texts):
        fields = [set_id]
        stem = set_id.replace("/", "_").replace(" ", "_")
        for lang, text in texts:
            name = f"{stem}_{lang}.txt"
            with open(os.path.join(sets_dir, name), "w", encoding="utf-8") as out:
                out.write(text)
            fields.append(f"{lang}={path(name)}")
        lines.append("\t".join(fields))

    def read(*parts):
        with open(os.path.join(args.fixtures, *parts), encoding="utf-8") as f:
            return f.read()

    if not args.no_fixtures:
        sres = "sres2446_zh_en_complete"
        write_set("S/RES/2446(2018)", [
            ("zh", read(sres, "S_RES_2446_2018_zh.txt")),
            ("en", read(sres, "S_RES_2446_2018_en.txt")),
        ])
        charter = "un_charter_ch1-3_zh_es_en"
        for n in (1, 2, 3):
            write_set(f"UN-Charter-ch{n}", [
                ("zh", read(charter, f"chapter{n}_zh.txt")),
                ("en", read(charter, f"chapter{n}_en.txt")),
            ])
        write_set("UN-Charter-ch1-3way", [
            ("zh", read(charter, "chapter1_zh.txt")),
            ("es", read(charter, "chapter1_es.txt")),
            ("en", read(charter, "chapter1_en.txt")),
        ])
        hk = "hk_lawcorpus3_aligned_zh-Hant_en"
        for cap in ("HK0001", "HK0504", "HK0510", "HK1006"):
            kept = [l for l in read(hk, f"{cap}_partial.txt").split("\n") if l.strip()]
            write_set(cap, [
                ("zh", "\n\n".join(kept[0::2]) + "\n"),
                ("en", "\n\n".join(kept[1::2]) + "\n"),
            ])

    unpc = "unpc_v1_devset_zh_en"
    if args.unpc or args.tiny:
        zh = read(unpc, "UNv1.0.devset.zh").split("\n")[:4000]
        en = read(unpc, "UNv1.0.devset.en").split("\n")[:4000]
        count = min(len(zh), len(en))
        rng = LCG(2446)
        start = 0
        for n in range(args.unpc):
            size = rng.next(10, 30)
            if start + size > count:
                start = rng.next(0, 9)  # wrap with a new phase
            paragraphs_zh, paragraphs_en = [], []
            i = start
            while i < start + size:
                take = min(rng.next(1, 4), start + size - i)
                paragraphs_zh.append("".join(s.strip() for s in zh[i:i + take]))
                paragraphs_en.append(" ".join(s.strip() for s in en[i:i + take]))
                i += take
            write_set(f"UNPC-{n + 1:04d}", [
                ("zh", "\n\n".join(paragraphs_zh) + "\n"),
                ("en", "\n\n".join(paragraphs_en) + "\n"),
            ])
            start += size
        for n in range(args.tiny):
            i = (n * 7) % count
            write_set(f"TINY-{n + 1:04d}", [("zh", zh[i].strip() + "\n"), ("en", en[i].strip() + "\n")])

    with open(os.path.join(args.outdir, "manifest.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} sets in {os.path.join(args.outdir, 'manifest.tsv')}")


if __name__ == "__main__":
    main()
