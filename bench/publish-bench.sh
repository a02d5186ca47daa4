#!/bin/sh
# Publish benchmark: collects a generated tree into an output of about 5,000 files, starts S3Proxy (the
# tests' S3 server) on 127.0.0.1 over a directory in /dev/shm, and measures in each round, into a new
# bucket, a first publish and a no-change re-publish, with the requests each sent; the baseline is one
# HeadObject per file (what a publisher without the listing would spend only to learn nothing changed).
#
#   bench/publish-bench.sh [rounds (3)] [files (5000)] [concurrency (8)] [backend: transient-nio2 (memory) | filesystem-nio2] [directory]
#
# Unlike bench/run.sh it installs nothing: the reactor compiles ecstatic-publish and what it needs, and
# the class path points at their target/classes.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl ecstatic-publish -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xms1g -Xmx1g -cp "ecstatic-publish/target/test-classes:ecstatic-publish/target/classes:$(cat ecstatic-publish/target/bench.classpath)" \
    org.ecstatic.publish.bench.PublishBenchmark "$@"
