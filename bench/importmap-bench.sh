#!/bin/sh
# JMH benchmark of import maps in ecstatic-runtime: what <static:importmap/> and <static:modulepreload>
# cost per request on a 5,000-module manifest (the map and the preload list are kept once built),
# as ratios to StaticUrls.url of one name in the same run, and what building the map once costs.
# Takes about a minute; prints JMH's table, then the summary, by wall clock and by thread CPU time.
#
#   bench/importmap-bench.sh
set -eu
exec "$(dirname "$0")/run.sh" ecstatic-runtime org.ecstatic.runtime.bench.ImportMapBenchmarks
