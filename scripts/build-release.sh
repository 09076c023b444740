#!/usr/bin/env bash
# Builds the release `align` as one static position-independent executable
# (static-pie) and prints its path:
#
#   align=$(scripts/build-release.sh)      # .build-static/release/align
#   SCRATCH_PATH=.build-x scripts/build-release.sh
#
# The Swift runtime and Foundation are linked in, as `--static-swift-stdlib`
# links them, and so are ICU, libxml2, liblzma, zlib, libstdc++ and glibc:
# nothing is left for the dynamic loader to find, map and bind at every
# start. The trivial diff of two one-line files takes 4.3 ms instead of
# 6.1 ms, and the ×1 diff of Benchmarks/compare.sh 16.1 instead of 18.5 ms
# (medians of 61 and 41 alternating runs). The executable stays
# position-independent, so the kernel still loads it at a random address.
#
# The archives come from the packages the README installs (libicu-dev,
# libxml2-dev, zlib1g-dev and liblzma-dev, for libxml2's archive; libc6-dev
# and libstdc++-12-dev come with the Swift toolchain). Build it on the
# machine, or the image, that runs it: a statically linked glibc still loads
# the system's NSS and gconv modules if a user-name lookup or an iconv
# conversion ever needs one, and they must be of its own version. It reads
# its zh-en lexicon from align_LexiconData.resources
# beside it, as the `swift build` one does. Linux only.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH_PATH:-.build-static}
for archive in libicui18n.a libicuuc.a libicudata.a libxml2.a liblzma.a libz.a libstdc++.a libc.a; do
  found=$(clang -print-file-name="$archive")
  if [ "$found" = "$archive" ]; then
    echo "build-release: $archive not found; install libicu-dev libxml2-dev zlib1g-dev liblzma-dev" >&2
    exit 1
  fi
done
# glibc's static-pie start-up refuses an executable with a run path
# (--disable-local-rpath drops SwiftPM's $ORIGIN); clang's -static-pie makes
# every -l an archive and picks rcrt1.o; libxml2's archive reads through
# liblzma, which pkg-config's shared flags leave out. The swift driver's own
# -pie is then unused, which clang would warn about.
#
# -disable-concrete-type-metadata-mangled-name-accessors: the compiler emits
# a direct accessor for each concrete type's metadata instead of a mangled
# name that the runtime demangles, and looks up in the conformance tables,
# the first time it is asked. Measured on this machine against the same
# build without it (callgrind on `strip -g` copies; medians of alternating
# runs): the trivial diff of two one-line files 17.5M -> 13.9M instructions,
# 6.42 -> 5.99 ms (61 runs); the ×1 diff of Benchmarks/compare.sh 175.0M ->
# 170.7M, 19.39 -> 18.85 ms; `align parse` of its new input 49.6M -> 44.5M,
# 10.95 -> 9.83 ms (41 runs). Outputs of scripts/check-outputs.sh identical.
#
# No module of the executable imports Foundation (swift-corelibs-foundation),
# only FoundationEssentials: Foundation brings CoreFoundation,
# FoundationInternationalization and a second ICU (76, with 34 MB of data,
# beside Debian's 72), and its relocated data and start-up cost every run.
# Measured with this script's binaries, before and after (201 alternating
# runs, medians): the ×1 diff of Benchmarks/compare.sh 19.21 -> 17.37 ms,
# system time 7.10 -> 4.33 ms, page faults 1,149 -> 929; a diff of two
# one-line files 6.53 -> 4.61 ms (101 runs); the binary 127 -> 77 MB.
# Tests/alignTests/LinkedLibrariesTests.swift keeps it out.
#
# Not done: linking with -static -no-pie instead of -static-pie saves the
# start-up relocation of the whole image (measured at an earlier stop: the
# trivial diff 6.52 -> 4.30 ms, the ×1 diff 21.56 -> 19.64 ms, page faults
# 704 -> 384), but loads the executable at a fixed address, and this one
# parses untrusted PDF, Word and HTML through C libraries.
swift build -c release --static-swift-stdlib --disable-local-rpath --product align \
  --scratch-path "$scratch" \
  -Xswiftc -Xclang-linker -Xswiftc -static-pie \
  -Xswiftc -Xclang-linker -Xswiftc -Wno-unused-command-line-argument \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker -llzma >&2
echo "$scratch/release/align"
