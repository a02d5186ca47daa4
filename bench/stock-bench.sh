#!/usr/bin/env bash
# Load benchmark on the stock distributions: builds the demo WAR as the README says, adds four test
# files (small, median CSS, large CSS, multi-MB JS) collected with the command line (hashed, .gz, .br),
# deploys that WAR to a stock Jetty 12 (jetty-home) and a stock Tomcat 10.1, both downloaded from Maven
# Central, and compares under load (wrk; h2load where wrk cannot parse the responses), in each
# container, StaticFilesFilter at the hashed URL (/static/...) against the container's own default
# servlet serving the same bytes (/plain/..., precompressed on). For each size: 200 and 304, identity
# and precompressed (Accept-Encoding: br, gzip). Prints the median of the rounds (interleaved filter,
# default, filter, default...) and the ratio filter/default. docs/benchmarks.md has a run's figures.
#
#   bash bench/stock-bench.sh [seconds per run (5)] [rounds (3)]
#   bash bench/stock-bench.sh --table bench/out/stock/results.tsv   # prints a saved run's table again
#
# With the defaults one run takes about 20 minutes: 2 containers x 16 scenarios x 2 sides x
# (3 rounds x 5 s + a 2 s warm-up). Environment (all optional):
#   CONNECTIONS=64 THREADS=2   connections and threads of the load tool (wrk's -c and -t)
#   WARMUP=2                   seconds of load per side and scenario before the measured rounds
#   JETTY_VERSION, TOMCAT_VERSION  default: the versions the project's tests use (pom.xml)
#   MAX_CACHED_FILE_SIZE       when set, the WAR's web.xml gives StaticFilesFilter this init parameter
#                              maxCachedFileSize (bytes held in memory per file; the filter's default
#                              is 65536), to see what streaming the larger files costs
#   MATCH                      only the scenarios whose "container size status encoding" matches this
#                              extended regular expression, e.g. MATCH='jetty (300 KB|4.8 MB) 200'
#   MVN_FLAGS                  extra Maven flags, e.g. -o to stay offline
#   OUT                        work directory (default bench/out/stock, which git ignores)
#
# Needs Java 17, Maven, curl, and Debian's wrk (apt-get install -y wrk) and h2load (apt-get install -y
# nghttp2-client), which measures the 304s that wrk cannot (see load below). Loads 127.0.0.1 only.
# Exit codes: 0 done; 1 a build, a server or a response was not as it should be; 2 a missing tool
# or a bad argument.
set -euo pipefail

die() { echo "stock-bench: $*" >&2; exit 1; }
say() { echo "stock-bench: $*" >&2; }

# the table, from the results file alone (so that a saved results.tsv can be printed again with
# bash bench/stock-bench.sh --table FILE)
table() {
awk -F'\t' '
    function median(list,   n, i, j, t, a) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    NR > 1 {
        row = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4 SUBSEP $5
        vals[row SUBSEP $6] = vals[row SUBSEP $6] " " $8; bytes[row SUBSEP $6] = $9
        round[row SUBSEP $6 SUBSEP $7] = $8
        if ($6 == "default") ratios[row] = ratios[row] " " round[row SUBSEP "filter" SUBSEP $7] / $8
        if (!(row in seen)) { seen[row] = 1; order[++rows] = row }
    }
    END {
        printf "%-7s %-7s %-6s %-8s %-6s %13s %13s %7s %7s %11s %12s\n", "server", "size", "status", "encoding",
            "tool", "filter req/s", "default req/s", "ratio", "paired", "filter MB/s", "default MB/s"
        for (i = 1; i <= rows; i++) {
            split(order[i], k, SUBSEP)
            f = median(vals[order[i] SUBSEP "filter"]); d = median(vals[order[i] SUBSEP "default"])
            # MB/s: requests per second times the size of the checked response (headers + body).
            fm = f * bytes[order[i] SUBSEP "filter"] / 1e6; dm = d * bytes[order[i] SUBSEP "default"] / 1e6
            printf "%-7s %-7s %-6s %-8s %-6s %13.0f %13.0f %6.2fx %6.2fx %11.1f %12.1f\n", k[1], k[2], k[3], k[4], k[5],
                f, d, f / d, median(ratios[order[i]]), fm, dm
        }
        print "ratio = median filter req/s / median default req/s; paired = the median of the rounds\x27 own ratios"
        print "(each round runs the filter, then the default servlet): below 1.00x the filter is slower."
        print "encoding br = Accept-Encoding: br, gzip."
    }' "$1"
}
if [[ ${1:-} == --table ]]; then
    [[ -f ${2:-} ]] || { echo "usage: bash bench/stock-bench.sh --table results.tsv" >&2; exit 2; }
    table "$2"
    exit 0
fi

seconds=${1:-5}
rounds=${2:-3}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
warmup=${WARMUP:-2}
for n in "$seconds" "$rounds" "$connections" "$threads" "$warmup"; do
    [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { echo "usage: bash bench/stock-bench.sh [seconds >= 1] [rounds >= 1]" \
        "(CONNECTIONS, THREADS, WARMUP: positive integers)" >&2; exit 2; }
done

for tool in java jar mvn curl awk cmp tar timeout; do
    command -v "$tool" >/dev/null 2>&1 || { echo "stock-bench: $tool is not installed" >&2; exit 2; }
done
command -v wrk >/dev/null 2>&1 || { echo "stock-bench: wrk is not installed; run: apt-get install -y wrk" >&2; exit 2; }
command -v h2load >/dev/null 2>&1 || {
    echo "stock-bench: h2load is not installed; run: apt-get install -y nghttp2-client" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
out=${OUT:-$repo/bench/out/stock}
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
jetty_version=${JETTY_VERSION:-$(pom_property jetty.version)}
tomcat_version=${TOMCAT_VERSION:-$(pom_property tomcat.version)}
[[ -n $jetty_version && -n $tomcat_version ]] || die "cannot read jetty.version and tomcat.version from pom.xml"
# shellcheck disable=SC2206
mvn_flags=(-B ${MVN_FLAGS:-})

# --- servers: started by this script, stopped on any exit ----------------------------------------
pids=()
stop_servers() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || continue
        # A clean stop takes a second or two; after 20 s the JVM is killed.
        for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    pids=()
}
trap stop_servers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. the WAR ------------------------------------------------------------------------------------
rm -rf "$out/war" "$out/src" "$out/check" "$out/jetty-home-"* "$out/jetty-base" "$out/apache-tomcat-"*
mkdir -p "$out/dist" "$out/src/bench" "$out/war" "$out/check"

say "building the demo WAR: mvn -B -pl webapp-demo -am package -DskipTests"
mvn "${mvn_flags[@]}" -pl webapp-demo -am package -DskipTests >"$out/build.log" 2>&1 \
    || { tail -40 "$out/build.log" >&2; die "the Maven build failed (log: $out/build.log)"; }
demo_war=$(ls "$repo"/webapp-demo/target/webapp-demo-*.war)
cli_jar=$(ls "$repo"/ecstatic-tools/target/ecstatic-tools-*-cli.jar)
(cd "$out/war" && jar -xf "$demo_war")
ls "$out"/war/WEB-INF/lib/ecstatic-runtime-*.jar >/dev/null 2>&1 || die "$demo_war has no WEB-INF/lib/ecstatic-runtime-*.jar"
manifest=$out/war/WEB-INF/classes/META-INF/ecstatic/manifest.json
[[ -s $manifest ]] || die "$demo_war has no WEB-INF/classes/META-INF/ecstatic/manifest.json"

# Deterministic text that compresses about as real CSS and JS do (awk's rand with a fixed seed).
# Each file is exactly $2 bytes: rules up to ~200 bytes short of it, then a comment that fills it.
generate() { # kind bytes seed
    awk -v kind="$1" -v size="$2" -v seed="$3" 'BEGIN {
        srand(seed); nw = split("nav header footer card button grid row col item list link icon title " \
            "panel modal input form label table cell badge alert menu tab tooltip avatar media hero", w, " ")
        while (len < size - 200) {
            a = w[int(rand() * nw) + 1]; b = w[int(rand() * nw) + 1]
            if (kind == "css")
                line = sprintf(".%s-%s-%d > .%s:hover { color: #%06x; margin: %dpx %dpx; font-size: %.3frem; }\n",
                    a, b, i, a, int(rand() * 16777216), int(rand() * 48), int(rand() * 48), rand() * 3)
            else
                line = sprintf("function %s%s%d(%s, %s) { return %s.%s * %.4f + \"%s-%d\"; }\n",
                    a, toupper(substr(b, 1, 1)) substr(b, 2), i, a, b, a, b, rand() * 100, b, int(rand() * 1000))
            printf "%s", line; len += length(line); i++
        }
        fill = size - len - 5; pad = "";  # 5: "/*", "*/" and the newline
        while (length(pad) < fill) pad = pad "x"
        printf "/*%s*/\n", substr(pad, 1, fill) }'
}
# Sizes: ~1 KB (a small file), 23 KB (a median style sheet), 300 KB (above 256 KB, and above the
# filter's 64 KB in-memory limit), 4.8 MB (a multi-MB bundle). name|kind|bytes|label
files=("small.css|css|1024|1 KB" "median.css|css|23552|23 KB" "large.css|css|307200|300 KB"
       "multi.js|js|5033165|4.8 MB")
seed=1
for f in "${files[@]}"; do
    IFS='|' read -r name kind bytes _ <<<"$f"
    generate "$kind" "$bytes" $((seed++)) >"$out/src/bench/$name"
    [[ $(stat -c %s "$out/src/bench/$name") == "$bytes" ]] || die "generated $name is not $bytes bytes"
done

# The demo's own sources first, then the test files; the same options as the demo's pom.xml.
say "collecting the demo's static files and the test files (command-line collector)"
java -jar "$cli_jar" collect --source webapp-demo/src/main/webapp/static --source "$out/src" \
    --output "$out/war/static" --manifest "$manifest" --state "$out/collect.state" \
    --strict --no-hash robots.txt >&2 || die "the collector failed"
declare -A hashed
for f in "${files[@]}"; do
    IFS='|' read -r name _ _ _ <<<"$f"
    h=$(grep -o "\"bench/$name\": *\"[^\"]*\"" "$manifest" | sed 's/.*: *"\(.*\)"/\1/')
    [[ -n $h ]] || die "the manifest does not list bench/$name"
    grep -q "\"$h\": {\"encodings\": \[\"br\", \"gzip\"\]" "$manifest" || die "the manifest lists no br and gzip forms of $h"
    hashed[$name]=$h
    # The default servlet's copy: the very bytes the filter serves, with the same .gz and .br forms.
    mkdir -p "$out/war/plain/bench"
    for ext in "" .gz .br; do cp "$out/war/static/$h$ext" "$out/war/plain/bench/$name$ext"; done
done
if [[ -n ${MAX_CACHED_FILE_SIZE:-} ]]; then
    [[ $MAX_CACHED_FILE_SIZE =~ ^[0-9]+$ ]] || { echo "stock-bench: MAX_CACHED_FILE_SIZE: a number of bytes" >&2; exit 2; }
    awk -v n="$MAX_CACHED_FILE_SIZE" '{ print } /<filter-class>org.ecstatic.runtime.StaticFilesFilter<\/filter-class>/ {
        print "    <init-param>"; print "      <param-name>maxCachedFileSize</param-name>"
        print "      <param-value>" n "</param-value>"; print "    </init-param>" }' \
        "$out/war/WEB-INF/web.xml" >"$out/web.xml" && mv "$out/web.xml" "$out/war/WEB-INF/web.xml"
    grep -q "<param-value>$MAX_CACHED_FILE_SIZE</param-value>" "$out/war/WEB-INF/web.xml" \
        || die "cannot set maxCachedFileSize in WEB-INF/web.xml"
    say "StaticFilesFilter holds files of up to $MAX_CACHED_FILE_SIZE bytes in memory (maxCachedFileSize)"
fi
rm -f "$out/stock-bench.war"
(cd "$out/war" && jar -cfM "$out/stock-bench.war" .)
say "WAR: $out/stock-bench.war ($(stat -c %s "$out/stock-bench.war") bytes)"

# --- 2. the distributions, from Maven Central -------------------------------------------------------
fetch() { # groupId:artifactId:version:tar.gz
    local file
    file=$out/dist/$(echo "$1" | awk -F: '{ print $2 "-" $3 "." $4 }')
    if [[ ! -s $file ]]; then
        say "downloading $1"
        (cd "$out/dist" && mvn "${mvn_flags[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="$1" -DoutputDirectory="$out/dist") >"$out/download.log" 2>&1 \
            || { tail -40 "$out/download.log" >&2; die "cannot download $1 (log: $out/download.log)"; }
    fi
    tar -xzf "$file" -C "$out"
}
fetch "org.eclipse.jetty:jetty-home:$jetty_version:tar.gz"
fetch "org.apache.tomcat:tomcat:$tomcat_version:tar.gz"
jetty_home=$out/jetty-home-$jetty_version
tomcat_home=$out/apache-tomcat-$tomcat_version

# A free port below Linux's ephemeral range (32768-60999), which wrk's own connections use.
used_ports=()
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 12000))
        [[ " ${used_ports[*]} " == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then used_ports+=("$port"); echo "$port"; return; fi
    done
    die "no free port found"
}

# Jetty: a base with http, ee10-deploy and ee10-jsp (the demo has JSPs); the WAR in webapps/ with a
# context XML of the same name that turns the DefaultServlet's precompressed option on.
jetty_base=$out/jetty-base
jetty_port=$(free_port)
mkdir -p "$jetty_base/work"   # Jetty extracts the WAR into work/ when it exists (else into /tmp)
java -jar "$jetty_home/start.jar" jetty.base="$jetty_base" --add-modules=http,ee10-deploy,ee10-jsp \
    >"$out/jetty-setup.log" 2>&1 || { cat "$out/jetty-setup.log" >&2; die "cannot create the Jetty base"; }
cp "$out/stock-bench.war" "$jetty_base/webapps/bench.war"
cat >"$jetty_base/webapps/bench.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
<Configure class="org.eclipse.jetty.ee10.webapp.WebAppContext">
  <Set name="contextPath">/bench</Set>
  <Set name="war"><Property name="jetty.webapps" default="."/>/bench.war</Set>
  <Call name="setInitParameter">
    <Arg>org.eclipse.jetty.servlet.Default.precompressed</Arg>
    <Arg>true</Arg>
  </Call>
</Configure>
EOF

# Tomcat: the connector on 127.0.0.1 and a free port, no shutdown port (it is stopped by a signal),
# precompressed on in conf/web.xml's DefaultServlet. The sample applications are removed; the WAR
# goes into webapps/ and Tomcat unpacks it as usual.
tomcat_port=$(free_port)
sed -i -e 's/<Server port="8005"/<Server port="-1"/' \
    -e "s/<Connector port=\"8080\" protocol=\"HTTP\/1.1\"/<Connector port=\"$tomcat_port\" address=\"127.0.0.1\" protocol=\"HTTP\/1.1\"/" \
    "$tomcat_home/conf/server.xml"
grep -q "port=\"$tomcat_port\" address=\"127.0.0.1\"" "$tomcat_home/conf/server.xml" || die "cannot set Tomcat's port"
awk '{ print } /<servlet-class>org.apache.catalina.servlets.DefaultServlet<\/servlet-class>/ {
    print "        <init-param>"; print "            <param-name>precompressed</param-name>"
    print "            <param-value>true</param-value>"; print "        </init-param>" }' \
    "$tomcat_home/conf/web.xml" >"$out/web.xml" && mv "$out/web.xml" "$tomcat_home/conf/web.xml"
grep -q "<param-name>precompressed</param-name>" "$tomcat_home/conf/web.xml" || die "cannot set Tomcat's precompressed"
rm -rf "${tomcat_home:?}/webapps/"*
cp "$out/stock-bench.war" "$tomcat_home/webapps/bench.war"

# --- 3. start both, each with its own script ----------------------------------------------------------
say "starting Jetty $jetty_version on 127.0.0.1:$jetty_port and Tomcat $tomcat_version on 127.0.0.1:$tomcat_port"
java -jar "$jetty_home/start.jar" jetty.base="$jetty_base" jetty.http.host=127.0.0.1 jetty.http.port="$jetty_port" \
    >"$out/jetty.log" 2>&1 </dev/null &
pids+=($!)
jetty_pid=$!
# 'catalina.sh run' execs the JVM in the foreground, so $! is Tomcat's JVM.
CATALINA_HOME=$tomcat_home CATALINA_BASE=$tomcat_home "$tomcat_home/bin/catalina.sh" run \
    >"$out/tomcat.log" 2>&1 </dev/null &
pids+=($!)
tomcat_pid=$!

wait_up() { # name pid log url
    # 120 s: both start at once on 2 shared cores, and the deployers unpack the WAR and scan its jars.
    for _ in $(seq 240); do
        kill -0 "$2" 2>/dev/null || { tail -30 "$3" >&2; die "$1 stopped while starting (log: $3)"; }
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$4") == 200 ]] && return
        sleep 0.5
    done
    tail -30 "$3" >&2
    die "$1 did not answer $4 with 200 within 120 s (log: $3)"
}
wait_up Jetty "$jetty_pid" "$out/jetty.log" "http://127.0.0.1:$jetty_port/bench/static/${hashed[small.css]}"
wait_up Tomcat "$tomcat_pid" "$out/tomcat.log" "http://127.0.0.1:$tomcat_port/bench/static/${hashed[small.css]}"

# --- 4. check each response once with curl, then measure ---------------------------------------------
immutable="public, max-age=31536000, immutable"
accept="Accept-Encoding: br, gzip"
header() { awk -v h="$1" 'BEGIN { h = tolower(h) ": " } index(tolower($0), h) == 1 {
    sub(/\r$/, ""); print substr($0, length(h) + 1) }' "$2"; }

# Requests once and checks status, bytes and headers; prints the response's total size (headers +
# body), which each load run is checked against. check URL STATUS EXPECTED-FILE ENCODING [HEADER...]
check() {
    local url=$1 status=$2 expected=$3 encoding=$4 got code hsize bsize h
    shift 4
    local args=()
    for h in "$@"; do args+=(-H "$h"); done
    got=$(curl -sS "${args[@]}" -D "$out/check/headers" -o "$out/check/body" \
        -w '%{http_code} %{size_header} %{size_download}' "$url") || die "curl $url failed"
    read -r code hsize bsize <<<"$got"
    [[ $code == "$status" ]] || die "$url with [$*] gave $code, expected $status"
    if [[ $status == 200 ]]; then
        cmp -s "$out/check/body" "$expected" || die "$url with [$*] sent $bsize bytes that are not those of $expected"
        [[ $(header Content-Encoding "$out/check/headers") == "$encoding" ]] \
            || die "$url with [$*] has Content-Encoding '$(header Content-Encoding "$out/check/headers")', expected '$encoding'"
    else
        [[ $bsize == 0 ]] || die "$url with [$*] gave a 304 with a $bsize-byte body"
    fi
    echo $((hsize + bsize))
}

lua=$out/done.lua
cat >"$lua" <<'LUA'
-- Prints wrk's exact counts once, at the end (no per-request Lua, which would slow wrk down).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("STOCKBENCH %d %d %d %d %d %d %d %d\n", summary.requests, summary.bytes,
    summary.duration, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

# The load tools. wrk measures everything it can parse. It cannot measure a 304 that carries a
# Content-Length other than 0, as the filter's 304s do on Jetty (RFC 9110 section 8.6 allows the
# length a 200 would have; Tomcat drops the header): wrk's parser then waits for a body that a 304
# never has, and each connection stalls after its first response. Such a scenario, both of its
# sides, is measured with h2load (nghttp2), which knows that a 304 has no body, and which counts
# the status code of every response. h2load needs a reason phrase in the status line ("304 Not
# Modified") to see the status code; Jetty sends one, Tomcat does not (and needs no h2load).
#
# h2load 1.52 (Debian 12) with -D 1 sometimes never exits: it prints that all clients are stopped,
# and some of its connections keep sending. It did not hang with 2 s or more against Jetty, so h2load
# runs at least 2 s; a run that does not stop is killed 20 s after its duration and run again, 3
# tries in all. wrk gets the same time bound, though it has not needed it.
# wrk's own timeout is 60 s, not its default 2 s: with 64 connections on a busy 2-core machine a few
# 4.8 MB responses took over 2 s, and wrk counts those as errors (and drops their connections).
#
# After each run the bytes read per response must be those of the response checked with curl (10%
# + 100 bytes of slack for header differences, plus, for wrk, the partial responses in flight when
# it stops: one per connection), which tells a 304 from a 200 and one encoding from another; wrk
# must count no error (socket errors, statuses other than 2xx and 3xx), h2load only the expected
# status class. Prints "requests/s errors".
load() { # tool seconds url response-bytes status header...
    local tool=$1 secs=$2 url=$3 expect=$4 status=$5 h req bytes errors rps micros e1 e2 e3 e4 e5
    shift 5
    local args=()
    for h in "$@"; do args+=(-H "$h"); done
    local try rc h2secs=$((secs < 2 ? 2 : secs))
    for try in 1 2 3; do
        rc=0
        {
            echo "== $(date +%T) $tool $url [$*]"
            if [[ $tool == wrk ]]; then
                timeout $((secs + 20)) wrk -t"$threads" -c"$connections" -d"${secs}s" --timeout 60s -s "$lua" \
                    "${args[@]}" "$url"
            else
                timeout $((h2secs + 20)) h2load --h1 -t"$threads" -c"$connections" -D "$h2secs" "${args[@]}" "$url"
            fi
        } >"$out/load.last" 2>&1 || rc=$?
        cat "$out/load.last" >>"$out/load.log"
        [[ $rc == 124 ]] || break
        say "$tool did not stop after its duration on $url; killed it (try $try of 3)"
    done
    [[ $rc == 0 ]] || { cat "$out/load.last" >&2; die "$tool failed (exit code $rc) on $url"; }
    if [[ $tool == wrk ]]; then
        read -r _ req bytes micros e1 e2 e3 e4 e5 < <(grep '^STOCKBENCH' "$out/load.last") \
            || { cat "$out/load.last" >&2; die "wrk printed no counts for $url"; }
        errors=$((e1 + e2 + e3 + e4 + e5))
        rps=$(awk -v r="$req" -v u="$micros" 'BEGIN { printf "%.1f", r / (u / 1e6) }')
    else
        # finished in 5.00s, 5709.50 req/s, 1.14MB/s / requests: 11419 total, 11427 started, 11419 done,
        # 11419 succeeded, 0 failed, 0 errored, 0 timeout / status codes: 0 2xx, 11419 3xx, 0 4xx, 0 5xx
        # traffic: 2.28MB (2386571) total, ...
        read -r rps req errors bytes < <(awk -v want="$status" '
            /^finished in/ { rps = $4 }
            /^requests:/ { done = $6; bad = $12 + $14 }
            /^status codes:/ { ok = want == 200 ? $3 : $5 }
            /^traffic:/ { gsub(/[()]/, "", $3); bytes = $3 }
            END { printf "%s %d %d %s\n", rps, done, done - ok + bad, bytes }' "$out/load.last")
    fi
    [[ -n $req && $req -gt 0 ]] || { cat "$out/load.last" >&2; die "$tool counted no response from $url"; }
    [[ $errors == 0 ]] || { cat "$out/load.last" >&2; die "$tool counted $errors errors or unexpected statuses on $url"; }
    awk -v b="$bytes" -v r="$req" -v e="$expect" -v c="$([[ $tool == wrk ]] && echo "$connections" || echo 0)" \
        'BEGIN { exit !(b >= r * (0.9 * e - 100) && b <= r * (1.1 * e + 100) + c * e) }' \
        || die "$tool read $bytes bytes in $req responses from $url with [$*]; one checked response was $expect bytes"
    echo "$rps $errors"
}

# A scenario: container|size|status|encoding|tool|filter URL|filter headers|default URL|default
# headers|filter response bytes|default response bytes. Two headers in one field are separated by a
# literal \n (see side).
scenarios=()
declare -A default_304_header
prepare() { # container port
    local c=$1 base="http://127.0.0.1:$2/bench" f name label h tag enc file want ae fb db etag lm inm cond
    local tool fcl dcl fline dline
    for f in "${files[@]}"; do
        IFS='|' read -r name _ _ label <<<"$f"
        h=${hashed[$name]}
        tag=$(sed -E 's/.*\.([0-9a-f]{12})\.[^.]+$/\1/' <<<"$h")   # bench/small.<tag>.css
        for enc in identity br; do
            if [[ $enc == identity ]]; then ae="" want="" file=$out/war/static/$h
            else ae=$accept want=br file=$out/war/static/$h.br; fi
            fb=$(check "$base/static/$h" 200 "$file" "$want" ${ae:+"$ae"})
            inm="If-None-Match: \"$tag${want:+-$want}\""
            [[ "If-None-Match: $(header ETag "$out/check/headers")" == "$inm" ]] || \
                die "$c: the filter's ETag of $h ($enc) is '$(header ETag "$out/check/headers")'"
            [[ $(header Cache-Control "$out/check/headers") == "$immutable" ]] || \
                die "$c: the filter's Cache-Control of $h is '$(header Cache-Control "$out/check/headers")'"
            db=$(check "$base/plain/bench/$name" 200 "$file" "$want" ${ae:+"$ae"})
            etag=$(header ETag "$out/check/headers") lm=$(header Last-Modified "$out/check/headers")
            scenarios+=("$c|$label|200|$enc|wrk|$base/static/$h|$ae|$base/plain/bench/$name|$ae|$fb|$db")
            # 304: the filter's strong ETag; the default servlet's ETag when it is strong, else (weak or
            # none) its Last-Modified, which is what such a validator is good for.
            if [[ -n $etag && $etag != W/* ]]; then cond="If-None-Match: $etag"
            elif [[ -n $lm ]]; then cond="If-Modified-Since: $lm"
            else die "$c: the default servlet sends neither a strong ETag nor Last-Modified for $name"; fi
            default_304_header[$c]="${cond%%:*}${etag:+ (its ETag is $etag)}"
            fb=$(check "$base/static/$h" 304 - "" "$inm" ${ae:+"$ae"})
            fcl=$(header Content-Length "$out/check/headers") fline=$(head -1 "$out/check/headers" | tr -d '\r')
            db=$(check "$base/plain/bench/$name" 304 - "" "$cond" ${ae:+"$ae"})
            dcl=$(header Content-Length "$out/check/headers") dline=$(head -1 "$out/check/headers" | tr -d '\r')
            tool=wrk
            if [[ ${fcl:-0} != 0 || ${dcl:-0} != 0 ]]; then
                tool=h2load
                [[ $fline == *" 304 "?* && $dline == *" 304 "?* ]] || die "$c: a 304 of $name carries a" \
                    "Content-Length, which wrk cannot measure, and a status line without reason phrase" \
                    "('$fline', '$dline'), which h2load cannot count"
            fi
            scenarios+=("$c|$label|304|$enc|$tool|$base/static/$h|$inm${ae:+\\n$ae}|$base/plain/bench/$name|$cond${ae:+\\n$ae}|$fb|$db")
        done
    done
}
prepare jetty "$jetty_port"
prepare tomcat "$tomcat_port"
say "every response checked: 2 containers x ${#files[@]} sizes x 200/304 x identity/br, filter and default servlet"

# Whether a scenario ("container size status encoding") is one MATCH asks for.
selected() { [[ -z ${MATCH:-} ]] || grep -Eq -- "$MATCH" <<<"$1"; }

# One side of a scenario: the headers field is split at literal \n.
side() { # tool url header-field bytes status seconds
    local hs=()
    IFS=$'\n' read -r -d '' -a hs < <(printf '%b\0' "$3") || true
    load "$1" "$6" "$2" "$4" "$5" "${hs[@]}"
}

results=$out/results.tsv
: >"$out/load.log"
printf 'container\tsize\tstatus\tencoding\ttool\tside\tround\treq_per_s\tresponse_bytes\terrors\n' >"$results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A load_after
for c in jetty tomcat; do
    say "$c: warm-up, ${warmup} s per side and scenario"
    for s in "${scenarios[@]}"; do
        IFS='|' read -r sc label st enc tool fu fh du dh fb db <<<"$s"
        [[ $sc == "$c" ]] && selected "$sc $label $st $enc" || continue
        side "$tool" "$fu" "$fh" "$fb" "$st" "$warmup" >/dev/null
        side "$tool" "$du" "$dh" "$db" "$st" "$warmup" >/dev/null
    done
    for r in $(seq "$rounds"); do
        say "$c: round $r of $rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
        for s in "${scenarios[@]}"; do
            IFS='|' read -r sc label st enc tool fu fh du dh fb db <<<"$s"
            [[ $sc == "$c" ]] && selected "$sc $label $st $enc" || continue
            v=$(side "$tool" "$fu" "$fh" "$fb" "$st" "$seconds")
            printf '%s\t%s\t%s\t%s\t%s\tfilter\t%s\t%s\t%s\t%s\n' "$c" "$label" "$st" "$enc" "$tool" "$r" \
                "${v% *}" "$fb" "${v#* }" >>"$results"
            v=$(side "$tool" "$du" "$dh" "$db" "$st" "$seconds")
            printf '%s\t%s\t%s\t%s\t%s\tdefault\t%s\t%s\t%s\t%s\n' "$c" "$label" "$st" "$enc" "$tool" "$r" \
                "${v% *}" "$db" "${v#* }" >>"$results"
        done
    done
    load_after[$c]=$(cut -d' ' -f1-3 /proc/loadavg)
    # Only one container runs while the other is measured.
    if [[ $c == jetty ]]; then kill -TERM "$jetty_pid"; wait "$jetty_pid" 2>/dev/null || true; fi
done
stop_servers

# --- 5. the table ----------------------------------------------------------------------------------
java_version=$(java -version 2>&1 | head -1)
echo
echo "Ecstatic $(git rev-parse --short HEAD) on stock Jetty $jetty_version (jetty-home, ee10-deploy) and Tomcat $tomcat_version;" \
    "$java_version; $(nproc) cores; $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f2) -t$threads -c$connections -d${seconds}s --timeout 60s;" \
    "h2load: $(h2load --version | head -1 | cut -d/ -f2) --h1 -t$threads -c$connections -D $((seconds < 2 ? 2 : seconds))" \
    "(only for 304s that carry a Content-Length; see the script)"
echo "median of $rounds rounds per side, filter and default servlet interleaved, after a ${warmup} s warm-up of each"
[[ -z ${MATCH:-} ]] || echo "only the scenarios matching: $MATCH"
[[ -z ${MAX_CACHED_FILE_SIZE:-} ]] || echo "StaticFilesFilter init parameter maxCachedFileSize=$MAX_CACHED_FILE_SIZE (default 65536)"
for f in "${files[@]}"; do
    IFS='|' read -r name _ bytes label <<<"$f"
    printf '  %-7s %s: %s bytes, br %s, gzip %s\n' "$label" "${hashed[$name]}" "$bytes" \
        "$(stat -c %s "$out/war/static/${hashed[$name]}.br")" "$(stat -c %s "$out/war/static/${hashed[$name]}.gz")"
done
for c in jetty tomcat; do echo "$c: the default servlet's 304s are asked for with ${default_304_header[$c]}"; done
echo "load average (1, 5, 15 min): at start $load_start, after Jetty ${load_after[jetty]}, after Tomcat ${load_after[tomcat]}"
echo
table "$results"
echo "every run: $results; the load tools' output: $out/load.log"
