#!/bin/sh
# Builds the archive scripts/spark/align_spark.py ships to Spark executors:
# the align binary, built with the Swift standard library and Foundation
# linked in statically, and its resource bundle (align_LexiconData.resources:
# the CC-CEDICT lexicon; it must sit next to the binary).
#
#   scripts/spark/make-dist.sh [OUT.tar.gz]     (default: align-dist.tar.gz)
#
# Executors then need only the system libraries `ldd align` lists besides
# the Swift ones: glibc, libicu (the version the build machine has, e.g.
# Debian 12's libicu72), libxml2 (and its zlib, liblzma), libstdc++ and
# libgcc_s; poppler-utils' pdftotext once PDF input is read that way. The
# list is printed at the end.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-align-dist.tar.gz}
swift build -c release --static-swift-stdlib >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$bin/align" "$stage/"
cp -R "$bin/align_LexiconData.resources" "$stage/"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
tar -C "$stage" -czf "$out" align align_LexiconData.resources
echo "$out" >&2
echo "shared libraries the executors need:" >&2
ldd "$stage/align" | awk '{print "  " $1}' >&2
