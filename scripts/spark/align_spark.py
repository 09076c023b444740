#!/usr/bin/env python3
"""Runs `align batch` on Apache Spark: the manifest's lines are spread over
partitions, each partition is piped through `align batch -` on an executor
(RDD.pipe), and the records are written to OUTDIR as text part files (one
JSON record per line, schema align.batch/1).

    spark-submit scripts/spark/align_spark.py \\
        --dist align-dist.tar.gz MANIFEST OUTDIR [--partitions N] \\
        [--root SHARED_DIR] [-- MORE align batch OPTIONS]

--dist is the archive made by scripts/spark/make-dist.sh: the `align` binary
(built with --static-swift-stdlib) and its resource bundle
(align_LexiconData.resources, which holds the CC-CEDICT lexicon and must sit
next to the binary). It is shipped to every executor with addArchive.

The manifest's paths must be absolute paths every executor can read (a
shared file system) or relative to --root, a directory mounted at the same
place on every executor. Records keep the paths as the manifest writes them,
so they are the same bytes as a single-machine `align batch` of the same
manifest; their order follows the partitions (sort by id to compare).

Each executor task runs `align batch --jobs J` (J = --jobs-per-task,
default 1, one core per Spark task). A set that fails is an error record;
`align batch` exits 1 then, which is not a task failure. Exit status 2
(the batch itself could not run: a bad manifest line) fails the task.
"""
import argparse
import os
import shlex
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession

ARCHIVE_ALIAS = "align-dist"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest", help="manifest (TSV or JSON Lines), any path Spark reads (file:, hdfs:, s3a:)")
    parser.add_argument("outdir", help="output directory for the record part files (must not exist)")
    parser.add_argument("--dist", required=True, help="align-dist.tar.gz from scripts/spark/make-dist.sh")
    parser.add_argument("--partitions", type=int, default=0,
                        help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument("--jobs-per-task", type=int, default=1, help="align batch --jobs inside each task")
    parser.add_argument("--root", help="directory relative manifest paths are read from, on every executor")
    parser.add_argument("--single-file", action="store_true",
                        help="write one part file, records sorted by id (collects through one task)")
    parser.add_argument("batch_options", nargs="*", help="more align batch options, after --")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("align batch").getOrCreate()
    sc = spark.sparkContext
    sc.addArchive(args.dist + "#" + ARCHIVE_ALIAS)

    lines = sc.textFile(args.manifest)
    lines = lines.filter(lambda line: line.strip() and not line.lstrip().startswith("#"))
    partitions = args.partitions or sc.defaultParallelism
    lines = lines.repartition(partitions) if partitions != lines.getNumPartitions() else lines

    # Executors unpack archives into their working directory; a local-mode
    # driver that is its own executor unpacks them under SparkFiles' root.
    if sc.master.startswith("local"):
        align = os.path.join(SparkFiles.getRootDirectory(), ARCHIVE_ALIAS, "align")
    else:
        align = "./" + ARCHIVE_ALIAS + "/align"

    batch = ["batch", "-", "--quiet", "--jobs", str(args.jobs_per_task)]
    if args.root:
        batch += ["--root", args.root]
    batch += args.batch_options
    # RDD.pipe runs the command with an empty environment and no shell; sh
    # turns align's exit status 1 (some sets failed: error records) into
    # success and keeps 2 (the batch could not run) a task failure.
    script = '"$0" "$@"; status=$?; [ "$status" -le 1 ] || exit "$status"'
    command = " ".join(shlex.quote(word) for word in ["/bin/sh", "-c", script, align] + batch)
    records = lines.pipe(command, env={"LANG": "C.UTF-8"}, checkCode=True)

    if args.single_file:
        records = records.sortBy(record_id, numPartitions=1)
    records.saveAsTextFile(args.outdir)
    spark.stop()


def record_id(line):
    import json

    return json.loads(line)["id"]


if __name__ == "__main__":
    main(sys.argv[1:])
