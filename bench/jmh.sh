#!/usr/bin/env bash
# JMH benchmarks of ecstatic-runtime: StaticUrls.url on a 10,000-entry manifest (one thread) and
# parse + index of a 50,000-entry manifest, each beside a baseline taken in the same run.
# Takes about three minutes; prints JMH's tables, then a summary against the targets: the JMH
# figures (wall clock), and the same work timed by the CPU time of the measuring thread, which other
# load on a shared machine does not inflate.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl ecstatic-runtime -DskipTests test-compile exec:exec
