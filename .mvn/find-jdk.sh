# Sourced by ./mvnw before anything else runs.
# Copydesk (Vaadin 25, Spring Boot 4) needs a JDK 21 or newer for Maven itself, not only for the compiler:
# Vaadin's Maven plugin runs inside Maven's JVM. Many machines have an older default `java` next to a newer JDK,
# so rather than failing on the default we look for a 21+ JDK in the usual places and use the newest one found.
# JAVA_HOME is respected when it already points at a 21+ JDK.

copydesk_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | head -n 1 |
    awk -F. '{ if ($1 == "1") print $2; else print $1 }'
}

copydesk_find_jdk() {
  required=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(copydesk_java_major "$JAVA_HOME/bin/java")
    [ "${major:-0}" -ge "$required" ] && return 0
    echo "mvnw: JAVA_HOME ($JAVA_HOME) is Java ${major:-unknown}; looking for a JDK $required+ instead." >&2
  fi
  best="" best_major=0
  set +f # mvnw runs with globbing off; the search below needs it
  for home in \
    $(command -v javac >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v javac)")")") \
    /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /usr/java/* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(copydesk_java_major "$home/bin/java")
    if [ "${major:-0}" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then
      best=$home best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    found=$(command -v java >/dev/null 2>&1 && copydesk_java_major "$(command -v java)")
    cat >&2 <<MSG
Copydesk needs a JDK $required or newer, and none was found (default java: ${found:-none}).
Install one, for example:
  Ubuntu 24.04+:  sudo apt-get install openjdk-21-jdk
  Debian 13:      sudo apt-get install openjdk-25-jdk
  macOS:          brew install openjdk@21
  any system:     a Temurin JDK 21 or 25 from https://adoptium.net
then run the command again, or point JAVA_HOME at it.
MSG
    exit 1
  fi
  set -f
  JAVA_HOME=$best
  export JAVA_HOME
}

copydesk_find_jdk
# Maven's own libraries still use sun.misc.Unsafe; JDK 24+ warns about it on every run unless told it is allowed.
if [ "$(copydesk_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"
  export MAVEN_OPTS
fi
