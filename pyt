#!/usr/bin/env bash
# pyt: run Python programs on pyt.   ./pyt [option] ... [-c cmd | -m mod | file | -] [arg] ...
#
# Finds a JDK 21+ (.bin/find-jdk.sh), builds pyt with Maven on first use and whenever the
# sources of language/ or launcher/ are newer than the built jars, then starts the launcher
# with the Graal JIT switched on. mx-free-build.md explains every flag.
#
# Environment:
#   PYT_JIT=0          run without the Graal JIT: interpreter only, 5x faster start-up (on JDK
#                      25+ with an AOT class cache that the first such run makes in the background)
#   PYT_JAVA_OPTS      extra JVM flags, e.g. PYT_JAVA_OPTS=-Xmx4g
#   PYT_DEBUG=1        Java stack traces for internal errors
# Before the program, --vm.FLAG passes -FLAG to the JVM (e.g. --vm.Xmx4g).

set -u

# The repository root, following symlinks to this script.
self=${BASH_SOURCE[0]}
while [ -L "$self" ]; do
    dir=$(cd -P "$(dirname "$self")" && pwd)
    self=$(readlink "$self")
    case "$self" in /*) ;; *) self=$dir/$self ;; esac
done
ROOT=$(cd -P "$(dirname "$self")" && pwd)

. "$ROOT/.bin/find-jdk.sh"
pyt_find_jdk || exit 1
JAVA="$PYT_JDK/bin/java"

TARGET=$ROOT/launcher/target

# Is the build missing, or older than the sources or poms it is made of?
needs_build() {
    local lang launcher older
    lang=$(ls "$TARGET"/lib/pyt-language-*.jar 2>/dev/null | head -n 1)
    launcher=$(ls "$TARGET"/pyt-launcher-*.jar 2>/dev/null | head -n 1)
    [ -n "$lang" ] && [ -n "$launcher" ] && [ -n "$(ls "$TARGET"/jit/compiler-*.jar 2>/dev/null)" ] || return 0
    older=$lang
    [ "$launcher" -ot "$older" ] && older=$launcher
    [ -n "$(find "$ROOT/language/src/main" -newer "$lang" -print -quit 2>/dev/null)" ] ||
    [ -n "$(find "$ROOT/launcher/src/main" -newer "$launcher" -print -quit 2>/dev/null)" ] ||
    [ -n "$(find "$ROOT/pom.xml" "$ROOT/language/pom.xml" "$ROOT/launcher/pom.xml" -newer "$older" -print -quit 2>/dev/null)" ]
}

build() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "pyt: Maven (mvn) is needed to build pyt: install it, e.g. 'apt-get install maven'." >&2
        exit 1
    fi
    mkdir -p "$TARGET"
    local log=$TARGET/pyt-build.log
    (
        # One build at a time when several pyt processes start together.
        if command -v flock >/dev/null 2>&1; then
            flock 9
        fi
        needs_build || exit 0
        if [ -n "$(ls "$TARGET"/pyt-launcher-*.jar 2>/dev/null)" ]; then
            echo "pyt: sources changed, rebuilding..." >&2
        else
            echo "pyt: building (first run)..." >&2
        fi
        if [ "$PYT_JDK_MAJOR" -ge 23 ]; then
            export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
        fi
        cd "$ROOT" && JAVA_HOME=$PYT_JDK mvn -q -B -Dstyle.color=never -DskipTests -pl launcher -am package >"$log" 2>&1 &&
            # Maven leaves a jar alone when its module did not change: mark both as current.
            touch "$TARGET"/pyt-launcher-*.jar "$TARGET"/lib/pyt-language-*.jar
    ) 9>"$TARGET/.pyt-build.lock"
    if [ $? -ne 0 ]; then
        echo "pyt: the build failed (full log: $log):" >&2
        # Maven's error lines up to its generic advice, or else the end of the log.
        errors=$(grep '^\[ERROR\] ..*' "$log" | sed '/-> \[Help/q' | head -n 30)
        if [ -n "$errors" ]; then echo "$errors" >&2; else tail -n 30 "$log" >&2; fi
        exit 1
    fi
}

if needs_build; then
    build
fi

# JVM flags: --vm.FLAG options before the program, then the environment's.
jvm_flags=()
pyt_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --vm.*) jvm_flags+=("-${1#--vm.}"); shift; continue ;;
        -W|-X) pyt_args+=("$1"); shift; [ $# -gt 0 ] || break ;;
        -c|-m|-|--) break ;;       # the program starts here
        --*) ;;
        -*[cm]*) break ;;          # e.g. -Bc CODE
        -*) ;;
        *) break ;;
    esac
    pyt_args+=("$1")
    shift
done
pyt_args+=("$@")

launcher_jar=$(ls "$TARGET"/pyt-launcher-*.jar | head -n 1)
language_jar=$(ls "$TARGET"/lib/pyt-language-*.jar | head -n 1)
classpath="$launcher_jar:$TARGET/lib/*"

flags=(--enable-native-access=ALL-UNNAMED)
if [ "$PYT_JDK_MAJOR" -ge 23 ]; then
    flags+=(--sun-misc-unsafe-memory-access=allow)
fi
if [ "${PYT_JIT:-1}" = 0 ] || [ "${PYT_JIT:-1}" = false ]; then
    # Interpreter only: start-up is what counts, so use a JDK 25 AOT cache of the classes
    # loaded at start-up, made by a background run the first time it is missing or stale.
    flags+=(-Dpolyglot.engine.WarnInterpreterOnly=false)
    if [ "$PYT_JDK_MAJOR" -ge 25 ]; then
        aot=$TARGET/pyt-nojit.aot
        if [ -f "$aot" ] && [ ! "$aot" -ot "$launcher_jar" ] && [ ! "$aot" -ot "$language_jar" ]; then
            flags+=("-XX:AOTCache=$aot")
        else
            (
                flock -n 8 2>/dev/null || exit 0
                "$JAVA" "${flags[@]}" "-XX:AOTCacheOutput=$aot.tmp" -cp "$classpath" pyt.launcher.PytMain -c pass
                [ -s "$aot.tmp" ] && mv -f "$aot.tmp" "$aot"
                rm -f "$aot.tmp" "$aot.tmp.config"
            ) 8>"$TARGET/.pyt-aot.lock" </dev/null >/dev/null 2>&1 &
        fi
    fi
elif grep -qi graalvm "$PYT_JDK/release" 2>/dev/null; then
    : # a GraalVM JDK brings its own compiler for Truffle
else
    # The Graal JIT on a stock JDK: JVMCI, and the 25.0.1 compiler in place of the JDK's own.
    flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$TARGET/jit")
    # HotSpot compiles the Graal compiler (Java too) with C1 only, so Graal is ready sooner on
    # small machines, while pyt's own Java code behind @TruffleBoundary (parser, builtins) still
    # gets C2 (.bin/hotspot-compilers.json; mx-free-build.md). The JVM would print a line for
    # the directives file on stdout: -DisplayVMOutput keeps stdout the program's.
    flags+=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$ROOT/.bin/hotspot-compilers.json" -XX:-DisplayVMOutput)
fi
if [ "${PYT_JIT:-1}" != 0 ] && [ "${PYT_JIT:-1}" != false ]; then
    # A recursive Python function is inlined into itself 3 levels deep instead of Truffle's 2:
    # twice fewer real calls for a binary recursion (fib(30): 5.8 -> 4.5 ms) for a bigger
    # compilation of recursive functions only. --compiler.InliningRecursionDepth=N overrides it.
    flags+=(-Dpolyglot.compiler.InliningRecursionDepth=3)
fi

# shellcheck disable=SC2086
exec "$JAVA" "${flags[@]}" ${PYT_JAVA_OPTS:-} ${jvm_flags[@]+"${jvm_flags[@]}"} \
    -cp "$classpath" pyt.launcher.PytMain ${pyt_args[@]+"${pyt_args[@]}"}
