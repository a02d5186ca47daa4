#!/usr/bin/env bash
# JMH benchmarks of ecstatic-runtime: StaticUrls.url on a 10,000-entry manifest (one thread) and
# parse + index of a 50,000-entry manifest, each beside a baseline taken in the same run.
# Takes about a minute and a half; prints JMH's tables, then a two-line summary against the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl ecstatic-runtime -DskipTests test-compile exec:exec
