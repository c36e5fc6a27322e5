#!/usr/bin/env bash
# Prints the home of a JDK >= 25 (the project's Java) or fails with a clear message.
# Order: $NUSATRADE_JAVA_HOME, $JAVA_HOME, `java` on PATH, then the usual JVM folders.
# Sourced by ./nusatrade and .ci/run; never assumes the default `java`.
set -u
nusatrade_required_java=25

nusatrade_java_major() { # $1 = JDK home; prints the feature version or nothing
  local rel="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  fi
  [ -n "$v" ] && echo "$v"
}

nusatrade_find_jdk() {
  local c v best="" bestv=0 candidates=()
  [ -n "${NUSATRADE_JAVA_HOME:-}" ] && candidates+=("$NUSATRADE_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)"); candidates+=("${c%/bin/java}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    v=$(nusatrade_java_major "$c") || continue
    if [ "$v" -ge "$nusatrade_required_java" ] && [ "$v" -gt "$bestv" ]; then best="$c"; bestv="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "nusatrade: no JDK >= $nusatrade_required_java found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "nusatrade: install a JDK $nusatrade_required_java (for example Temurin 25) or set NUSATRADE_JAVA_HOME." >&2
    return 1
  fi
  echo "$best"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then nusatrade_find_jdk; fi
