#!/usr/bin/env bash
# Cold collector benchmark: the command line as users run it, each step in a fresh process, on a real
# tree of npm packages (Bootstrap, Font Awesome, three.js, Lit, Chart.js, D3, Leaflet: about 9,300
# files, 74 MB of CSS, JS, source maps, SVG, fonts and images), in memory (/dev/shm) by default.
# Measures, in interleaved rounds, each into a new output directory with a new state file:
#   (a) cp -r of the tree
#   (b) a cold full collect --no-precompress
#   (c) a cold full collect with .gz and .br (the default)
#   (d) a cold no-change re-run of (b), and one of (c)
#   (j) Django's collectstatic with ManifestStaticFilesStorage (bench/django/collectstatic.py), and its
#       re-run, when Debian's python3-django is installed (apt-get install python3-django; DJANGO=0
#       leaves it out)
# and prints the medians of wall time and of CPU time (user + system of the child process, every
# thread), with their ratios to the copy, beside warm figures of the same steps in one long-lived JVM.
# Targets: (b) at most 4x the copy, and at most 0.5x Django's collectstatic (j).
#
#   bench/collect-cold.sh [rounds (5)] [directory (/dev/shm when there is one, else bench/out)]
#
# Environment:
#   CLI      the command that runs the collector (default: ecstatic-tools/target/ecstatic, the launcher
#            shipped beside the jar, when it is there, else java -jar ecstatic-tools/target/...-cli.jar)
#   BASELINE a second command (e.g. java -jar /tmp/old/...-cli.jar) measured beside CLI for (b), (c), (d),
#            in rows labelled BASELINE_LABEL (default: "baseline")
#   VARIANTS a file of extra steps, one a line, LABEL|KIND|COMMAND[|OPTIONS], where COMMAND runs the collector
#            ({jar} is the CLI jar, {launcher} the launcher beside it, {work} the working directory,
#            {round} the round) and KIND is
#              full    timed: a full collect --no-precompress into a new output, then its re-run
#              pre     timed: the same with .gz and .br
#              setup   run once before the rounds, not timed (e.g. to write a CDS archive)
#            and OPTIONS, when given, are added after the collect command's own (e.g. --no-modules)
#   WARM=0   leaves out the warm figures (they take about a minute)
#   BUILD=0  uses the jar as it is instead of building it (mvn package; MVN_FLAGS=-o for offline)
#   KEEP=1   keeps the working directory (the npm tree is kept in any case)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
rounds=${1:-5}
if [ $# -gt 1 ]; then
    base=$2
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
    base=/dev/shm
else
    base=$repo/bench/out
fi

jar=$repo/ecstatic-tools/target/ecstatic-tools-0.1.0-SNAPSHOT-cli.jar
if [ "${BUILD:-1}" != 0 ]; then
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} -pl ecstatic-tools -am package -DskipTests -Dinvoker.skip
fi
[ -f "$jar" ] || { echo "collect-cold: no $jar; build it (mvn -pl ecstatic-tools -am package)" >&2; exit 2; }
if [ -n "${CLI:-}" ]; then
    cli=$CLI
elif [ -x "$repo/ecstatic-tools/target/ecstatic" ]; then
    cli=$repo/ecstatic-tools/target/ecstatic
else
    cli="java -jar $jar"
fi

# --- the tree: npm packages, kept between runs ------------------------------------------------------
packages="bootstrap@5.3.9 @fortawesome/fontawesome-free@7.3.1 three@0.187.0 lit@3.3.3 chart.js@4.6.1 d3@7.9.2 leaflet@1.9.4"
npmdir=$base/ecstatic-cold-npm
tree=$npmdir/tree
if [ ! -f "$npmdir/installed" ] || [ "$(cat "$npmdir/installed")" != "$packages" ]; then
    command -v npm >/dev/null 2>&1 || { echo "collect-cold: npm is needed to install the tree" >&2; exit 2; }
    rm -rf "$npmdir"
    mkdir -p "$npmdir"
    # shellcheck disable=SC2086
    (cd "$npmdir" && echo '{"private":true}' >package.json \
        && npm install --no-audit --no-fund --ignore-scripts --silent --save-exact $packages)
    # the same files for the copy and the collect: without .bin, .package-lock.json and other dot
    # names, which the collector's default excludes leave out
    cp -r "$npmdir/node_modules" "$tree"
    find "$tree" -name '.*' -prune -exec rm -rf {} +
    echo "$packages" >"$npmdir/installed"
fi
files=$(find "$tree" -type f | wc -l)
dirs=$(find "$tree" -type d | wc -l)
bytes=$(du -s --apparent-size -B1 "$tree" | cut -f1)

work=$(mktemp -d "$base/ecstatic-cold.XXXXXX")
results=$work/results
: >"$results"
# the launcher's class-data archive goes here, not into the user's cache
export ECSTATIC_CACHE=$work/cache
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
# deleting a round's output costs nothing later in memory; on ext4 it would slow the next round's
# writes (new inodes skip over recently deleted ones), so there everything waits until the end
fstype=$(stat -f -c %T "$work")
[ "$fstype" = tmpfs ] && delete=1 || delete=0

load() { cut -d' ' -f1 /proc/loadavg; }
seconds() { # 1m2.345s -> 62.345
    local m=${1%%m*} s=${1#*m}
    echo "$m $s" | awk '{ sub(/s$/, "", $2); printf "%.3f", $1 * 60 + $2 }'
}

# measure LABEL COMMAND...: runs COMMAND in a fresh process, appends "LABEL wall cpu" to the results
measure() {
    local label=$1 start end
    shift
    sync
    start=$EPOCHREALTIME
    if ! ( "$@" >"$work/stdout" 2>"$work/stderr"; rc=$?; times >"$work/times"; exit $rc ); then
        echo "collect-cold: failed: $*" >&2
        cat "$work/stderr" "$work/stdout" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    # the second line of `times` is the children's user and system time, to the millisecond
    local user sys
    read -r user sys < <(sed -n 2p "$work/times")
    echo "$label $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') \
$(awk -v u="$(seconds "$user")" -v s="$(seconds "$sys")" 'BEGIN { printf "%.4f", u + s }')" >>"$results"
}

# collect LABEL OUT KIND OPTIONS COMMAND...: a full collect into OUT (new), then the no-change re-run; the
# words of OPTIONS (may be empty) go after the collect command's own options
collect() {
    local label=$1 out=$2 kind=$3 extra
    read -r -a extra <<<"$4"
    shift 4
    local args=(collect --source "$tree" --output "$out/static" --manifest "$out/manifest.json" --state "$out/state")
    [ "$kind" = pre ] || args+=(--no-precompress)
    args+=("${extra[@]}")
    measure "$label" "$@" "${args[@]}"
    grep -q " $files hashed" "$work/stdout" || { echo "collect-cold: unexpected: $(cat "$work/stdout")" >&2; exit 1; }
    measure "$label, re-run" "$@" "${args[@]}"
    grep -q " 0 hashed.* $files unchanged" "$work/stdout" \
        || { echo "collect-cold: the re-run wrote files: $(cat "$work/stdout")" >&2; exit 1; }
}

# the steps of one round, as groups that rotate from round to round
read -r -a cli_words <<<"$cli"
groups=(copy plain pre)
baseline_words=()
if [ -n "${BASELINE:-}" ]; then
    read -r -a baseline_words <<<"$BASELINE"
    groups+=(baseline-plain baseline-pre)
fi
django=/usr/bin/python3
if [ "${DJANGO:-1}" != 0 ] && "$django" -c 'import django' 2>/dev/null; then
    groups+=(django)
    django_version=$("$django" -c 'import django; print(django.get_version())')
fi
variant_labels=() variant_kinds=() variant_commands=() variant_options=()
if [ -n "${VARIANTS:-}" ]; then
    while IFS='|' read -r label kind command options; do
        [ -z "$label" ] || [ "${label:0:1}" = "#" ] && continue
        command=${command//\{jar\}/$jar}
        command=${command//\{launcher\}/$(dirname "$jar")/ecstatic}
        command=${command//\{work\}/$work}
        if [ "$kind" = setup ]; then
            read -r -a words <<<"$command"
            "${words[@]}" collect --source "$tree" --output "$work/setup/static" --manifest "$work/setup/manifest.json" \
                --state "$work/setup/state" >/dev/null
            rm -rf "$work/setup"
            continue
        fi
        groups+=("variant${#variant_labels[@]}")
        variant_labels+=("$label") variant_kinds+=("$kind") variant_commands+=("$command") variant_options+=("$options")
    done <"$VARIANTS"
fi

run_group() {
    local group=$1 dir=$2
    case $group in
        copy) measure "(a) cp -r" cp -r "$tree" "$dir/copy" ;;
        plain) collect "(b) collect --no-precompress" "$dir/plain" full "" "${cli_words[@]}" ;;
        pre) collect "(c) collect, .gz and .br" "$dir/pre" pre "" "${cli_words[@]}" ;;
        baseline-plain) collect "(b) ${BASELINE_LABEL:-baseline}: collect --no-precompress" "$dir/baseline-plain" full "" "${baseline_words[@]}" ;;
        baseline-pre) collect "(c) ${BASELINE_LABEL:-baseline}: collect, .gz and .br" "$dir/baseline-pre" pre "" "${baseline_words[@]}" ;;
        django)
            measure "(j) Django collectstatic" "$django" bench/django/collectstatic.py "$tree" "$dir/django"
            grep -q "^$files static files copied" "$work/stdout" \
                || { echo "collect-cold: Django: unexpected: $(cat "$work/stdout")" >&2; exit 1; }
            measure "(j) Django collectstatic, re-run" "$django" bench/django/collectstatic.py "$tree" "$dir/django"
            ;;
        variant*)
            local i=${group#variant} words
            read -r -a words <<<"${variant_commands[$i]//\{round\}/$round}"
            collect "${variant_labels[$i]}" "$dir/$group" "${variant_kinds[$i]}" "${variant_options[$i]}" "${words[@]}"
            ;;
    esac
}

# one collect before the rounds, not timed: the launcher writes its class-data archive on its first
# collect, which a user pays for once (a variant can measure that run: ECSTATIC_CACHE={work}/new{round} ...)
"${cli_words[@]}" collect --source "$tree" --output "$work/prime/static" --manifest "$work/prime/manifest.json" \
    --state "$work/prime/state" --no-precompress >/dev/null
rm -rf "$work/prime"

load_start=$(load)
loads=()
for ((round = 0; round < rounds; round++)); do
    dir=$work/round$round
    mkdir -p "$dir"
    n=${#groups[@]}
    for ((g = 0; g < n; g++)); do
        run_group "${groups[$(((g + round) % n))]}" "$dir"
    done
    loads+=("$(load)")
    [ "$delete" = 1 ] && rm -rf "$dir"
done

if [ "${WARM:-1}" != 0 ]; then
    # single-file source launch: compiling WarmCollect.java is not timed
    java -cp "$jar" bench/WarmCollect.java "$tree" "$work/warm" "$rounds" "$([ "$delete" = 1 ] && echo true || echo false)" \
        | sed 's/^full /(w) warm: collect --no-precompress /; s/^rerun /(w) warm: re-run /; s/^pre /(w) warm: collect, .gz and .br /' \
        >>"$results"
fi
load_end=$(load)

# --- the table -------------------------------------------------------------------------------------
median() { # LABEL wall|cpu
    awk -v label="$1" -v f="$2" '{ l = $0; sub(/ [^ ]+ [^ ]+$/, "", l) } l == label { print f == "wall" ? $(NF - 1) : $NF }' "$results" \
        | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}
copy_wall=$(median "(a) cp -r" wall)
copy_cpu=$(median "(a) cp -r" cpu)
echo
echo "cold collector benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "tree: $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $dirs directories in $tree ($fstype)"
echo "      npm: $packages"
echo "command: $cli collect --source TREE --output NEW --manifest NEW --state NEW [--no-precompress]"
[ -n "${BASELINE:-}" ] && echo "baseline: $BASELINE"
printf '%-50s %9s %7s %9s %7s\n' "median of $rounds rounds, each a fresh process" wall ratio CPU ratio
mapfile -t labels < <(awk '{ l = $0; sub(/ [^ ]+ [^ ]+$/, "", l); if (!(l in seen)) { seen[l]; print l } }' "$results" | LC_ALL=C sort -s -k1,1)
for label in "${labels[@]}"; do
    wall=$(median "$label" wall)
    cpu=$(median "$label" cpu)
    awk -v l="$label" -v w="$wall" -v c="$cpu" -v cw="$copy_wall" -v cc="$copy_cpu" \
        'BEGIN { printf "%-50s %7.3f s %6.2fx %7.3f s %6.2fx\n", l, w, w / cw, c, c / cc }'
done
echo "load average (1 min): $load_start at the start; ${loads[*]} after each round; $load_end at the end"
plain_wall=$(median "(b) collect --no-precompress" wall)
awk -v w="$plain_wall" -v cw="$copy_wall" 'BEGIN { r = w / cw;
    printf "target: cold full collect without compression <= 4x the copy: %.2fx wall: %s\n", r, r <= 4 ? "met" : "NOT MET" }'
django_wall=$(median "(j) Django collectstatic" wall)
if [ -n "$django_wall" ]; then
    echo "Django: $django_version (Debian's python3-django), ManifestStaticFilesStorage, missing references kept"
    awk -v w="$plain_wall" -v d="$django_wall" 'BEGIN { r = w / d;
        printf "target: cold full collect without compression <= 0.5x Django collectstatic: %.2fx wall: %s\n", r, r <= 0.5 ? "met" : "NOT MET" }'
else
    echo "target: <= 0.5x Django's collectstatic: not measured (install Debian's python3-django)"
fi
