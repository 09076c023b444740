#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (optimised, with AddressSanitizer)
# and runs each for SECONDS seconds (default 60), starting from a seed corpus
# cut from Fixtures/. A crash stops the run with exit 1 and leaves its input
# in Fuzz/.work/artifacts/; add it to Fixtures/fuzz_regressions/ with a test.
#
#   scripts/fuzz.sh [seconds-per-target] [target…]
#
# Environment: FUZZ_SEED (libFuzzer's -seed; CI fixes it so that a run can
# be repeated; 0, the default, draws one), FUZZ_MAX_LEN (largest input in
# bytes, default 8192),
# FUZZ_TIMEOUT (seconds one input may take before it counts as a hang,
# default 60: generous, as a busy machine stretches wall-clock time).
# Leak detection is off: the Swift runtime's lazily built globals (compiled
# regexes, the lexicon) live until exit and would be reported as leaks.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-reader fuzz-word-diff fuzz-aligner)
work=Fuzz/.work
max_len=${FUZZ_MAX_LEN:-8192}

# Coverage instrumentation as -sanitize=fuzzer gives it, with libFuzzer's
# no-main runtime: SwiftPM links an executable with its own `main`
# (FuzzSupport.fuzzMain calls LLVMFuzzerRunDriver), which the full runtime's
# `main` would clash with.
runtime=$(ls "$(dirname "$(readlink -f "$(command -v swiftc)")")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
build=(swift build --package-path Fuzz -c release --build-path Fuzz/.build
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,trace-cmp,pc-table
  -Xlinker "$runtime" -Xlinker -lstdc++)
"${build[@]}"
bin=$("${build[@]}" --show-bin-path)

# Seeds: fixture files cut to max_len for the reader; pairs of fixtures from
# one folder, joined by a NUL byte (see FuzzSupport.splitInTwo), for the
# two-input targets. Regression inputs seed every target.
seed() {
  local target=$1 dir=$work/seed/$1
  rm -rf "$dir"; mkdir -p "$dir"
  local n=0
  if [ "$target" = fuzz-reader ]; then
    find Fixtures -type f ! -name SOURCE.txt ! -name '*.jsonl' -print0 | sort -z |
      while IFS= read -r -d '' file; do
        n=$((n + 1)); head -c "$max_len" "$file" > "$dir/fixture-$n"
      done
  else
    find Fixtures -mindepth 1 -maxdepth 1 -type d ! -name fuzz_regressions -print0 | sort -z |
      while IFS= read -r -d '' folder; do
        mapfile -d '' files < <(find "$folder" -type f -name '*.txt' ! -name SOURCE.txt ! -name CONVERSION.txt -print0 | sort -z)
        for ((i = 0; i + 1 < ${#files[@]}; i++)); do
          n=$((n + 1))
          { head -c $((max_len / 2 - 1)) "${files[i]}"; printf '\0'; head -c $((max_len / 2)) "${files[i + 1]}"; } > "$dir/pair-$n"
        done
      done
  fi
  if [ -d Fixtures/fuzz_regressions ]; then
    find Fixtures/fuzz_regressions -type f ! -name SOURCE.txt -exec cp {} "$dir/" \;
  fi
}

# The runtime's lazily built globals live until exit; LeakSanitizer's check
# at exit would report them as a crash of the empty input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# A Swift trap is libFuzzer's crash to report: without this the runtime
# starts swift-backtrace, which outlives the killed target, holds the log
# pipe open and hangs the run.
export SWIFT_BACKTRACE=enable=no

status=0
for target in "${targets[@]}"; do
  seed "$target"
  corpus=$work/corpus/$target
  mkdir -p "$corpus" "$work/artifacts"
  echo "== $target: ${seconds}s"
  "$bin/$target" "$corpus" "$work/seed/$target" \
    -max_total_time="$seconds" -seed="${FUZZ_SEED:-0}" -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-60}" -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 2>&1 |
    tee "$work/$target.log" | grep -E '^(#[0-9]+ +(INITED|DONE)|==[0-9]+==ERROR|SUMMARY|stat::|artifact_prefix|Test unit written)' || true
  if grep -qE 'ERROR: (libFuzzer|AddressSanitizer)|Test unit written|deadly signal' "$work/$target.log"; then
    echo "== $target: crash, see $work/$target.log"; status=1
  fi
done
exit $status
