#!/usr/bin/env python3
"""Makes Fixtures/docx_bad_inputs/: small files that look like Word files but
cannot be read as one, each for one error of the Word front end.

  python3 scripts/make-docx-bad-inputs.py

legacy_word97.doc needs LibreOffice (soffice) and is made only when it is
missing: it is Fixtures/docx_generated/jindufa_numbered_zh.docx converted to
Word 97 with `soffice --headless --convert-to doc`. The other files are made
with Python's zipfile, with fixed timestamps, so the script is reproducible.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Fixtures", "docx_bad_inputs")
GOOD = os.path.join(ROOT, "Fixtures", "docx_generated", "jindufa_numbered_zh.docx")


def write_zip(name, entries):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in entries:
            info = zipfile.ZipInfo(path, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if path == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    good = open(GOOD, "rb").read()
    # A download cut off half way: no central directory.
    open(os.path.join(OUT, "truncated.docx"), "wb").write(good[: len(good) // 2])
    # A spreadsheet saved with a .docx name.
    write_zip("spreadsheet.docx", [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    ])
    # An OpenDocument text.
    write_zip("opendocument.odt", [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    ])
    # A zip of text files.
    write_zip("plain.zip", [("readme.txt", "第一条 not a Word document.\n")])
    # A Word package whose document.xml is cut off mid-element.
    with zipfile.ZipFile(GOOD) as source:
        entries = [(i.filename, source.read(i.filename)) for i in source.infolist()]
    broken = [(p, d[: len(d) // 2] if p == "word/document.xml" else d) for p, d in entries]
    write_zip("malformed_document.docx", broken)
    # A real Word 97 file.
    doc = os.path.join(OUT, "legacy_word97.doc")
    if not os.path.exists(doc):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", tmp, GOOD], check=True,
                           stdout=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, "jindufa_numbered_zh.doc"), doc)
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)), "bytes")


if __name__ == "__main__":
    main()
