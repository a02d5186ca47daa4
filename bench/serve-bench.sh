#!/bin/sh
# Load benchmark of the serving filter: one Jetty 12 serves the same 10 KB CSS file through
# StaticFilesFilter (hashed URL) and through Jetty's DefaultServlet (plain URL); wrk measures
# 200 and 304 responses of each and the ratios filter/default are printed (targets >= 1.0x).
#
#   bench/serve-bench.sh [seconds per run (10)] [rounds (3)] [connections (32)] [wrk threads (2)]
#
# Needs Debian's wrk (apt-get install -y wrk) and Maven.
set -eu
command -v wrk >/dev/null 2>&1 || { echo "serve-bench: wrk is not installed; run: apt-get install -y wrk" >&2; exit 2; }
exec "$(dirname "$0")/run.sh" ecstatic-runtime org.ecstatic.runtime.bench.ServeBenchmark -- "$@"
