#!/usr/bin/env bash
# Reproducible-build check: builds the published modules twice from clean and compares every jar
# (library, CLI, Maven plugin, their sources and Javadoc jars) and the distribution zip byte for
# byte. Exits 1 naming the files that differ. Extra arguments go to Maven (e.g. -o).
#   scripts/reproducible.sh          scripts/reproducible.sh -o
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT

build() {
    mvn -B -q "$@" clean package -DskipTests -pl .,generator,maven-plugin
}

collect() {
    mkdir -p "$work/$1"
    cp generator/target/*.jar generator/target/careerguide-*.zip maven-plugin/target/*.jar "$work/$1/"
}

build "$@"
collect first
sleep 2   # a different clock second, so a time stamp that leaks into an archive shows
build "$@"
collect second

status=0
count=0
for file in "$work"/first/*; do
    name=$(basename "$file")
    count=$((count + 1))
    if cmp -s "$file" "$work/second/$name"; then
        echo "same      $(sha256sum "$file" | cut -c1-16)  $name"
    else
        echo "DIFFERENT $name"
        status=1
    fi
done
if [ "$status" -eq 0 ]; then
    echo "reproducible: $count files identical in two clean builds"
else
    echo "not reproducible: see the files marked DIFFERENT" >&2
fi
exit "$status"
