#!/bin/sh
# Compiles one module's benchmarks (src/bench/java, Maven profile 'bench') and starts one of them
# in a fresh JVM with the module's test class path. The other scripts in bench/ call this one.
#
#   bench/run.sh MODULE MAIN-CLASS [JVM options...] -- [benchmark arguments...]
set -eu
cd "$(dirname "$0")/.."
module=$1 main=$2
shift 2
jvm=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm="$jvm $1"; shift; done
[ $# -gt 0 ] && shift
# compiles into target/ only and installs nothing: in one reactor build, the modules it depends on are
# found as their target/classes (MVN_FLAGS=-o for offline)
mvn -B -q ${MVN_FLAGS:-} -Pbench -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
# shellcheck disable=SC2086
exec java $jvm -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" "$main" "$@"
