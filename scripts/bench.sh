#!/usr/bin/env bash
# Full-build benchmark: careerguide against Hugo on the same synthetic roles, timed in the same run,
# alternating, and reported as medians and their ratio. Not part of `mvn verify`.
#
#   scripts/bench.sh [ROLES] [RUNS]        defaults: 1000 roles, 3 runs each
#
# Corpora come from the shared benchmark generator (../shared/bench, beside this repository, or
# BENCH_DIR): the same roles as a careerguide project and as a Hugo site with equivalent templates.
# Hugo is Debian's package (apt-get install -y hugo); without it only careerguide is timed.
set -euo pipefail

ROLES=${1:-1000}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/../shared/bench}
WORK="$ROOT/target/bench"
JAR="$ROOT/generator/target/careerguide.jar"

[ -f "$BENCH_DIR/gen_corpus.py" ] || { echo "bench.sh: no corpus generator at $BENCH_DIR (set BENCH_DIR)" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -pl generator -am package -DskipTests)

mkdir -p "$WORK"
CG="$WORK/cg-$ROLES"
HUGO_SITE="$WORK/hugo-$ROLES"
[ -d "$CG/content" ] || python3 "$BENCH_DIR/to_careerguide.py" "$ROLES" 42 "$CG" >/dev/null
have_hugo=false
if command -v hugo >/dev/null; then
  have_hugo=true
  [ -d "$HUGO_SITE" ] || python3 "$BENCH_DIR/gen_corpus.py" "$ROLES" 42 "$HUGO_SITE" hugo >/dev/null
fi

seconds() { # command... -> wall seconds on stdout
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

cg_times=(); hugo_times=()
for ((i = 1; i <= RUNS; i++)); do
  cg_times+=("$(seconds java -jar "$JAR" build --quiet --source "$CG/content" --output "$WORK/out-cg")")
  if $have_hugo; then
    rm -rf "$WORK/out-hugo"
    hugo_times+=("$(seconds hugo --quiet -s "$HUGO_SITE" -d "$WORK/out-hugo")")
  fi
done

pages_cg=$(find "$WORK/out-cg" -name '*.html' | wc -l)
cg_median=$(printf '%s\n' "${cg_times[@]}" | median)
echo "roles: $ROLES, runs: $RUNS (alternating), machine: $(nproc) cores"
printf 'careerguide  median %6s s  (%s pages; runs: %s)\n' "$cg_median" "$pages_cg" "${cg_times[*]}"
if $have_hugo; then
  pages_hugo=$(find "$WORK/out-hugo" -name '*.html' | wc -l)
  hugo_median=$(printf '%s\n' "${hugo_times[@]}" | median)
  printf 'hugo         median %6s s  (%s pages; runs: %s)\n' "$hugo_median" "$pages_hugo" "${hugo_times[*]}"
  printf 'ratio careerguide / hugo: %.2f\n' "$(echo "$cg_median / $hugo_median" | bc -l)"
fi
