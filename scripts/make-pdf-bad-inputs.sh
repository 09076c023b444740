#!/bin/sh
# Makes the bad-input PDF fixtures in Fixtures/pdf_bad_inputs/ from a real
# PDF (the first page of the draft resolution S/2024/400, copied in
# Fixtures/unsc_draft_pdfs_unbench/). Needs Debian's qpdf, img2pdf and
# poppler-utils (pdftoppm); the tests only read the committed results.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
source="$root/Fixtures/unsc_draft_pdfs_unbench/S_2024_400-EN.pdf"
out="$root/Fixtures/pdf_bad_inputs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One real page, rewritten deterministically by qpdf.
qpdf --deterministic-id --empty --pages "$source" 1 -- "$work/page1.pdf"
# Scanned: the page rendered to a greyscale image, wrapped as a PDF with no text layer.
pdftoppm -r 60 -gray -png -singlefile "$work/page1.pdf" "$work/scan"
img2pdf --nodate --producer img2pdf "$work/scan.png" -o "$out/scanned.pdf"
# Encrypted: AES-256 with a user password, so the text cannot be read without it.
qpdf --encrypt secret owner 256 -- "$work/page1.pdf" "$out/encrypted.pdf"
# Truncated: the first 60% of the page's bytes (no %%EOF, no xref).
size=$(wc -c < "$work/page1.pdf")
head -c $((size * 6 / 10)) "$work/page1.pdf" > "$out/truncated.pdf"
# Damaged: a PDF header and %%EOF with nothing readable between them.
{ printf '%%PDF-1.7\n'; head -c 2000 /dev/zero | tr '\0' 'x'; printf '\n%%%%EOF\n'; } > "$out/damaged.pdf"
