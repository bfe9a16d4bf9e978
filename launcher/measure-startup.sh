#!/usr/bin/env bash
# Measures the start-up of `pyt -c pass` (whole process) with several JVM flag sets, runs
# interleaved so that a busy machine disturbs all variants alike; prints the median and the
# minimum wall time of each, and the median CPU time (user + sys, less disturbed by other
# load). Usage: launcher/measure-startup.sh [RUNS] [PROGRAM ARGS...]
# Run ./pyt once first so that the build is there. Results: mx-free-build.md.
set -u
cd "$(dirname "$0")/.." || exit 1
. .bin/find-jdk.sh
pyt_find_jdk || exit 1
runs=${1:-10}
shift 2>/dev/null
[ $# -gt 0 ] || set -- -c pass

T=launcher/target
JAVA=$PYT_JDK/bin/java
CP="$(ls $T/pyt-launcher-*.jar | head -n 1):$T/lib/*"
BASE=(--enable-native-access=ALL-UNNAMED)
[ "$PYT_JDK_MAJOR" -ge 23 ] && BASE+=(--sun-misc-unsafe-memory-access=allow)
JIT="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$T/jit"
NOJIT="-Dpolyglot.engine.WarnInterpreterOnly=false"
AOT=$T/measure-nojit.aot

GRAAL_C1="-XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=.bin/hotspot-compilers.json -XX:-DisplayVMOutput"

names=(jit jit-graal-c1 jit-c1 jit-serial jit-c1-serial nojit nojit-aot)
flags=("$JIT" "$JIT $GRAAL_C1" "$JIT -XX:TieredStopAtLevel=1" "$JIT -XX:+UseSerialGC" "$JIT -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    "$NOJIT" "$NOJIT -XX:AOTCache=$AOT")

if [ "$PYT_JDK_MAJOR" -ge 25 ]; then
    rm -f "$AOT"
    # shellcheck disable=SC2086
    "$JAVA" "${BASE[@]}" $NOJIT -XX:AOTCacheOutput="$AOT" -cp "$CP" pyt.launcher.PytMain "$@" >/dev/null 2>&1
fi

declare -A wall cpu
for ((r = 0; r < runs; r++)); do
    for i in "${!names[@]}"; do
        [ "${names[$i]}" = nojit-aot ] && [ ! -f "$AOT" ] && continue
        # shellcheck disable=SC2086
        /usr/bin/time -o "$T/measure.time" -f "%e %U %S" "$JAVA" "${BASE[@]}" ${flags[$i]} -cp "$CP" pyt.launcher.PytMain "$@" >/dev/null 2>&1
        read -r e u s < <(tail -n 1 "$T/measure.time")
        wall[${names[$i]}]+="$(awk "BEGIN {print int($e * 1000)}") "
        cpu[${names[$i]}]+="$(awk "BEGIN {print int(($u + $s) * 1000)}") "
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
minimum() { tr ' ' '\n' | grep . | sort -n | head -n 1; }
printf '%-15s %8s %8s %8s   (ms, %d runs, load %s)\n' variant wall min cpu "$runs" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for n in "${names[@]}"; do
    [ -n "${wall[$n]:-}" ] || continue
    printf '%-15s %8s %8s %8s\n' "$n" "$(echo "${wall[$n]}" | median)" "$(echo "${wall[$n]}" | minimum)" "$(echo "${cpu[$n]}" | median)"
done
