#!/usr/bin/env bash
# Strict F1 of `align pair --segmented --format beads` on the Bible en–zh
# gold set (Fixtures/bible_en_zh_verse_gold, from Bertalign), scored by
# align-eval's re-implementation of vecalign's score.py, with test beads
# merged into verses as Bertalign's eval_bible.py does (and without).
#
#   Benchmarks/bible-f1.sh
set -euo pipefail
cd "$(dirname "$0")/.."
align=$(scripts/build-release.sh)
swift build -c release --static-swift-stdlib --product align-eval >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
set_dir=Fixtures/bible_en_zh_verse_gold
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
/usr/bin/time -f "align pair: %e s, %M KB max RSS" \
  "$align" pair --segmented --format beads "$set_dir/en/001" "$set_dir/zh/001" -o "$out/bible.beads"
echo "verse-merged:      $("$bin/align-eval" score "$set_dir/gold/001.align" "$out/bible.beads" "$set_dir/en.verse" "$set_dir/zh.verse")"
echo "without the merge: $("$bin/align-eval" score "$set_dir/gold/001.align" "$out/bible.beads")"
