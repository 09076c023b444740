#!/bin/sh
# Runs align batch on Spark in local mode (local[2]) over real fixture sets
# and checks that the records equal a single-machine `align batch` run of
# the same manifest, byte for byte once sorted by id.
#
#   scripts/spark/test-local.sh [--unpc N]     (default: 40 UN dev-set documents)
#
# Needs Java 17 (Debian: openjdk-17-jre-headless) and PySpark 4 from PyPI
# (installed here with pip if missing, about 450 MB).
set -eu
cd "$(dirname "$0")/../.."
unpc=40
if [ "${1:-}" = "--unpc" ]; then unpc=$2; fi

python3 -c 'import pyspark' 2>/dev/null || pip install --quiet 'pyspark>=4,<5'
command -v java >/dev/null || { echo "test-local.sh: Java 17 is needed (openjdk-17-jre-headless)" >&2; exit 2; }
spark_submit=$(python3 -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/spark/make-dist.sh "$work/align-dist.tar.gz"
mkdir "$work/dist" && tar -C "$work/dist" -xzf "$work/align-dist.tar.gz"

# Real fixture sets (paths relative to a shared root) and one bad set.
python3 scripts/batch/make-sets.py Fixtures "$work/shared" --unpc "$unpc" --relative >&2
printf 'missing-file\tzh=sets/nowhere_zh.txt\ten=sets/UNPC-0001_en.txt\n' >> "$work/shared/manifest.tsv"
sets=$(grep -c . "$work/shared/manifest.tsv")

status=0
"$work/dist/align" batch "$work/shared/manifest.tsv" --root "$work/shared" --jobs 2 --quiet \
  > "$work/local.jsonl" || status=$?
[ "$status" -le 1 ] || { echo "test-local.sh: align batch failed ($status)" >&2; exit 1; }

start=$(date +%s)
"$spark_submit" --master 'local[2]' --conf spark.ui.enabled=false \
  scripts/spark/align_spark.py --dist "$work/align-dist.tar.gz" --partitions 4 --root "$work/shared" \
  "file://$work/shared/manifest.tsv" "file://$work/spark-out" 2> "$work/spark.log" \
  || { tail -30 "$work/spark.log" >&2; exit 1; }
end=$(date +%s)

sort_by_id() {
  python3 -c '
import json, sys
lines = [l for l in sys.stdin.read().split("\n") if l]
sys.stdout.write("".join(l + "\n" for l in sorted(lines, key=lambda l: json.loads(l)["id"])))'
}
cat "$work/local.jsonl" | sort_by_id > "$work/local.sorted"
cat "$work"/spark-out/part-* | sort_by_id > "$work/spark.sorted"
records=$(grep -c . "$work/spark.sorted")
errors=$(grep -c '"status":"error"' "$work/spark.sorted" || true)
if cmp -s "$work/local.sorted" "$work/spark.sorted" && [ "$records" -eq "$sets" ]; then
  echo "test-local.sh: OK: $records records ($errors error records) from Spark local[2] in $((end - start)) s equal align batch's, byte for byte ($(wc -c < "$work/spark.sorted") bytes)"
else
  echo "test-local.sh: FAILED: Spark gave $records records for $sets sets, or different bytes" >&2
  diff "$work/local.sorted" "$work/spark.sorted" | head -5 >&2
  exit 1
fi
