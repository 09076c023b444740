#!/usr/bin/env bash
# Runs every command of `align` on the real inputs of Fixtures/ and writes a
# manifest of the outputs' SHA-256 (standard output, standard error and exit
# status of each run), so that a change meant to preserve behaviour can be
# checked byte for byte:
#
#   scripts/check-outputs.sh bench-out/outputs-before.txt     # on the old commit
#   scripts/check-outputs.sh bench-out/outputs-after.txt      # on the new one
#   diff bench-out/outputs-before.txt bench-out/outputs-after.txt
#
# ALIGN=path/to/align uses that binary instead of building the release one.
# Covers: parse (text, json) of every text, Markdown, HTML, Word and PDF
# input; diff (text, json, markdown, and with the ignore options) and report
# (html, markdown, json) on every revision pair; pair (paragraphs and
# sentences, text and json) and check on every language pair.
set -euo pipefail
cd "$(dirname "$0")/.."
manifest=${1:?usage: scripts/check-outputs.sh MANIFEST}
if [ -z "${ALIGN:-}" ]; then
  ALIGN=$(scripts/build-release.sh)
fi
export SOURCE_DATE_EPOCH=1700000000
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
: > "$manifest"

# run NAME ARGS...: one line "sha256(stdout) sha256(stderr) status NAME".
run() {
  local name=$1
  shift
  local status=0
  "$ALIGN" "$@" > "$scratch/out" 2> "$scratch/err" || status=$?
  printf '%s %s %s %s\n' "$(sha256sum < "$scratch/out" | cut -c1-16)" \
    "$(sha256sum < "$scratch/err" | cut -c1-16)" "$status" "$name" >> "$manifest"
}

F=Fixtures
# parse: every readable input.
while IFS= read -r file; do
  run "parse text $file" parse "$file"
  run "parse json $file" parse "$file" --format json
done < <(find "$F" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.docx' \
  -o -name '*.pdf' -o -name '*.doc' -o -name '*.odt' -o -name '*.zip' \) \
  ! -name SOURCE.txt ! -name DERIVED.txt ! -name CONVERSION.txt | LC_ALL=C sort)

# diff and report on revision pairs.
L=$F/cn_law_versions/中华人民共和国
revisions=(
  "$L宪法_1982-12-04_历史版本.txt|$L宪法_2018-03-11_现行有效.txt"
  "$L商标法_2019-04-23_历史版本.txt|$L商标法_2026-06-26_现行有效.txt"
  "$F/cn_law_versions_pdf/中华人民共和国宪法_1982-12-04_历史版本.pdf|$F/cn_law_versions_pdf/中华人民共和国宪法_2018-03-11_现行有效.pdf"
  "$F/cn_shenyang_social_credit_draft_vs_adopted_partial/draft_2022-12_shenyang_gov_cn_partial.txt|$F/cn_shenyang_social_credit_draft_vs_adopted_partial/adopted_2023-10_zenchang_partial_traditional.txt"
  "$F/ga_right_to_development_2001_draft_vs_adopted_en/undl_453500_draft_resolution_en.txt|$F/ga_right_to_development_2001_draft_vs_adopted_en/A_RES_56_150_page3_partial_en.txt"
  "$F/prc_law_revisions_md_antimonopoly/反垄断法(2007-08-30).md|$F/prc_law_revisions_md_antimonopoly/反垄断法(2022-06-24).md"
  "$F/prc_counterterrorism_law_en_zh_partial/lexiscn_2015_original_en_partial.txt|$F/prc_counterterrorism_law_en_zh_partial/lexiscn_2018_amended_en_partial.txt"
  "$F/docx_generated/jindufa_numbered_zh.docx|$F/docx_generated/jindufa_tracked_zh.docx"
  "$F/un_charter_ch1-3_zh_es_en/chapter1_zh.txt|$F/un_charter_html_synthetic/charter_ch1_zh.html"
  "$L宪法_2018-03-11_现行有效.txt|$L宪法_2018-03-11_现行有效.txt"
)
for pair in "${revisions[@]}"; do
  old=${pair%%|*}
  new=${pair##*|}
  tag="$(basename "$old") -> $(basename "$new")"
  for format in text json markdown; do
    run "diff $format $tag" diff "$old" "$new" --format "$format" --color never
  done
  run "diff text context=2 $tag" diff "$old" "$new" --context 2 --color never
  for flag in --ignore-whitespace --ignore-width --ignore-case --fold-script --chars; do
    run "diff json $flag $tag" diff "$old" "$new" --format json "$flag"
  done
  for format in html markdown json; do
    run "report $format $tag" report "$old" "$new" --format "$format"
  done
  run "report html changes-only $tag" report "$old" "$new" --changes-only
done

# pair and check on language pairs.
languages=(
  "$F/sres2446_zh_en_complete/S_RES_2446_2018_zh.txt|$F/sres2446_zh_en_complete/S_RES_2446_2018_en.txt"
  "$F/udhr_6lang/udhr_zh.txt|$F/udhr_6lang/udhr_en.txt"
  "$F/udhr_6lang/udhr_fr.txt|$F/udhr_6lang/udhr_ru.txt"
  "$F/un_charter_ch1-3_zh_es_en/chapter2_zh.txt|$F/un_charter_ch1-3_zh_es_en/chapter2_en.txt"
  "$F/un_charter_html_synthetic/charter_ch1_zh.html|$F/un_charter_html_synthetic/charter_ch1_en.html"
  "$L反洗钱法_2024-11-08_现行有效.txt|$F/prc_laws_en_translations_partial/aml_law_2024_en_lexiscn_partial.txt"
  "$L反恐怖主义法_2018-04-27_现行有效.txt|$F/prc_counterterrorism_law_en_zh_partial/lexiscn_2018_amended_en_partial.txt"
  "$F/web_copy_frames/hk0510_zh_definitions_blank_lines.txt|$F/web_copy_frames/hk0510_en_definitions_blank_lines.txt"
)
for pair in "${languages[@]}"; do
  a=${pair%%|*}
  b=${pair##*|}
  tag="$(basename "$a") ~ $(basename "$b")"
  for format in text json; do
    run "pair paragraph $format $tag" pair "$a" "$b" --format "$format"
    run "pair sentence $format $tag" pair "$a" "$b" --level sentence --format "$format"
  done
  run "check text $tag" check "$a" "$b"
  run "check json $tag" check "$a" "$b" --format json
done
run "pair segmented bible" pair --segmented --format beads \
  "$F/bible_en_zh_verse_gold/en/001" "$F/bible_en_zh_verse_gold/zh/001"
echo "$(wc -l < "$manifest") runs; manifest in $manifest"
