#!/bin/sh
# What rewriting JavaScript modules costs: copies of the module corpus of the tests (real npm
# packages) collected with module rewriting off and on, alternating, then a no-change re-run of
# each; prints median times and the on/off ratios (targets: full collect <= 1.25x, re-run the same).
#
#   bench/module-bench.sh [rounds (5)] [copies (4)] [corpus] [directory (/dev/shm when there is one)]
#   BENCH_JAVA_OPTS=-Dbench.precompress=false runs only the half without precompression (=true: only with)
#
# Compiles into target/ only (test-compile with the bench profile) and installs nothing.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -o -Pbench -pl ecstatic-tools -am test-compile
mvn -B -q -o -pl ecstatic-tools dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/module-bench.classpath >/dev/null
exec java -Xms2g -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "ecstatic-tools/target/test-classes:ecstatic-tools/target/classes:ecstatic-runtime/target/classes:$(cat ecstatic-tools/target/module-bench.classpath)" \
    org.ecstatic.tools.bench.ModuleCollectBenchmark "$@"
