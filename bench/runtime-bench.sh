#!/bin/sh
# JMH benchmarks of ecstatic-runtime: StaticUrls.url on a 10,000-entry manifest (one thread) and
# parse + index of a 50,000-entry manifest, each beside a baseline taken in the same run.
# Takes about three minutes; prints JMH's tables, then a summary against the targets: the JMH
# figures (wall clock), and the same work timed by the CPU time of the measuring thread, which other
# load on a shared machine does not inflate.
#
#   bench/runtime-bench.sh
set -eu
exec "$(dirname "$0")/run.sh" ecstatic-runtime org.ecstatic.runtime.bench.RuntimeBenchmarks
