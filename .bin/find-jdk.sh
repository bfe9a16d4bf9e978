# Sourced by ./pyt and ./pyt-test: finds a JDK 21 or newer (Truffle 25 needs it).
#
#   pyt_find_jdk   sets PYT_JDK (its home) and PYT_JDK_MAJOR, or prints what to install and
#                  returns 1.
#
# Order: $JAVA_HOME if it is 21+; else the newest 21+ JDK under /usr/lib/jvm (Debian, Ubuntu,
# Fedora) or /Library/Java/JavaVirtualMachines (macOS); else the `java` on PATH if it is 21+.
# A JDK (with javac) is needed because the first run builds pyt.

# Prints the major version of the JDK at $1 (8 for 1.8), or nothing.
pyt_jdk_major() {
    local home=$1 v=""
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
    if [ -f "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}.*/\1/p' "$home/release" | head -n 1)
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    case "$v" in
        1.*) v=${v#1.}; echo "${v%%[!0-9]*}" ;;
        [0-9]*) echo "${v%%[!0-9]*}" ;;
    esac
}

pyt_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(pyt_jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            PYT_JDK=$JAVA_HOME
            PYT_JDK_MAJOR=$major
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$candidate" ] || continue
        major=$(pyt_jdk_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
        candidate=$(command -v java)
        candidate=$(readlink -f "$candidate" 2>/dev/null || echo "$candidate")
        candidate=${candidate%/bin/java}
        major=$(pyt_jdk_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            best=$candidate
            best_major=$major
        fi
    fi
    if [ -n "$best" ]; then
        PYT_JDK=$best
        PYT_JDK_MAJOR=$best_major
        return 0
    fi
    {
        echo "pyt: no JDK 21 or newer found (pyt runs on Truffle 25, which needs JDK 21+)."
        if [ -n "${JAVA_HOME:-}" ]; then
            echo "     JAVA_HOME=$JAVA_HOME is not a JDK 21+."
        fi
        echo "     Install one, e.g. 'apt-get install openjdk-21-jdk' (or Temurin 21/25 from adoptium.net),"
        echo "     or point JAVA_HOME at a JDK 21+."
    } >&2
    return 1
}
