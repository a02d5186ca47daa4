#!/bin/sh
# Collector benchmark: generates ~10,000 files / ~100 MB (CSS with references, JS with source maps,
# images, fonts, SVG) in memory (/dev/shm) and measures, in the same run, a plain recursive copy
# (Files.copy over a walk), a full collect and a no-change re-run; prints median times and ratios
# (targets: full collect <= 2.0x the copy, no-change re-run <= 0.1x the full collect).
#
#   bench/collect-bench.sh [rounds (5)] [scale (1.0)] [directory (/dev/shm when there is one)]
set -eu
exec "$(dirname "$0")/run.sh" ecstatic-tools org.ecstatic.tools.bench.CollectBenchmark \
    -Xms3g -Xmx3g -XX:+AlwaysPreTouch -- "$@"
