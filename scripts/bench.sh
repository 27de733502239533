#!/usr/bin/env bash
# Full-build benchmark: careerguide against Hugo on the same synthetic roles, timed in the same run,
# alternating, and reported as medians and their ratio. Not part of `mvn verify`.
#
#   scripts/bench.sh [SIZES] [RUNS]     defaults: "1000 10000", 3 runs each
#   scripts/bench.sh "1000 10000 100000" 3
#   scripts/bench.sh serve-edit PROJECT [summary|title|skill|leads|salary]   only the serve figure for one project
#                                         (SERVE_EDITS edits, default 3) of one role's summary (default), title, first
#                                         top skill (removed, put back), first leads_to entry (likewise) or salary
#
# Per size and tool: median wall time, median CPU time (user + system), peak resident memory, pages
# and bytes written; the ratio careerguide / Hugo of the wall medians (same run, alternating, so
# a busy machine slows both). Sizes of 100,000 roles and more run once (BENCH_BIG_RUNS) and skip
# Hugo unless BENCH_BIG_HUGO=true: it takes minutes there. Then, after every full build, for sizes up to 10,000 roles:
# an unchanged rebuild (incremental: "Site is up to date"), a rebuild after one role file is edited (pages carried
# over vs rendered), and `serve` rebuilding after one role file is edited (the build work it
# reports, which is what the preview adds to a save; the median of SERVE_EDITS edits, default 3, of its
# summary, its title and its first top skill).
#
# Corpora come from the shared benchmark generator (../shared/bench, beside this repository, or
# BENCH_DIR): the same roles as a careerguide project and as a Hugo site with equivalent templates.
# Hugo is Debian's package (apt-get install -y hugo); without it only careerguide is timed.
# Needs GNU time (/usr/bin/time; apt-get install -y time) for CPU and memory.
#
# careerguide runs as a user runs it: through bin/careerguide of the distribution zip (unpacked into
# the work folder; its class data archive is written by one untimed run first, as a user's first run
# does). BENCH_RUNNER=jar times `java -jar` instead (no JVM options: what `java -jar` users get);
# BENCH_JAR picks another jar (then the jar is run, whatever BENCH_RUNNER says).
set -euo pipefail

SIZES=${1:-"1000 10000"}
RUNS=${2:-3}
BIG_RUNS=${BENCH_BIG_RUNS:-1}
BIG_HUGO=${BENCH_BIG_HUGO:-false}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-$ROOT/target/bench}
JAR=${BENCH_JAR:-$ROOT/generator/target/careerguide.jar}
RUNNER=${BENCH_RUNNER:-launcher}
[ -n "${BENCH_JAR:-}" ] && RUNNER=jar

[ -f "$BENCH_DIR/gen_corpus.py" ] || { echo "bench.sh: no corpus generator at $BENCH_DIR (set BENCH_DIR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench.sh: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -pl generator -am package -DskipTests)
have_hugo=false
command -v hugo >/dev/null && have_hugo=true
mkdir -p "$WORK"
RUNS_DIR="$WORK/runs"
if [ -d "$RUNS_DIR" ]; then
  rm -rf "$RUNS_DIR" "$WORK/out-cg" "$WORK/.out-cg.manifest" "$WORK/out-hugo"
  sync
  sleep 65 # see the comment at the runs below
fi
mkdir -p "$RUNS_DIR"
trap 'rm -rf "$RUNS_DIR"' EXIT
if [ "$RUNNER" = launcher ]; then
  zip=$(ls "$ROOT"/generator/target/careerguide-*.zip 2>/dev/null | head -1)
  [ -n "$zip" ] || { echo "bench.sh: no distribution zip in generator/target (mvn -B package -DskipTests)" >&2; exit 2; }
  rm -rf "$WORK/dist" "$WORK/cache" && mkdir -p "$WORK/dist" && unzip -q "$zip" -d "$WORK/dist"
  export XDG_CACHE_HOME=$WORK/cache
  CG=("$(ls -d "$WORK"/dist/careerguide-*/bin)/careerguide")
  # The first run writes the class data archive (untimed): a build, so it holds what builds load.
  "${CG[@]}" build --quiet --source "$ROOT/content" --output "$WORK/warm-up" >/dev/null
else
  CG=(java -jar "$JAR")
fi

# measure OUT command... -> appends "wall cpu rss_kb" to OUT; the command's standard output goes to $WORK/last.out
measure() {
  local out=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" >"$WORK/last.out" 2>/dev/null || { echo "bench.sh: failed: $*" >&2; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$WORK/time.txt" >> "$out"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
column_median() { awk -v c="$2" '{print $c}' "$1" | median; }
max_rss_mb() { awk '{print $3}' "$1" | sort -n | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
pages() { find "$1" -name '*.html' | wc -l; }
megabytes() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }
# weights SITE -> role pages' HTML (median, max) with the stylesheet they link, and the largest HTML page
weights() {
  local css largest
  css=$(find "$1/assets" -maxdepth 1 -name 'careerguide.*.css' ! -name '*print*' -printf '%s\n' | head -1)
  largest=$(find "$1" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  find "$1/roles" -mindepth 2 -maxdepth 2 -name index.html -printf '%s\n' | sort -n | awk -v css="${css:-0}" -v big="$largest" '
    {a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
      split(big, b, " ");
      printf "role pages %d: HTML median %d B, max %d B; with the %d B stylesheet median %d B, max %d B; largest page %s (%d B)", NR, m, a[NR], css, m+css, a[NR]+css, b[2], b[1]}'
}

# edit_role FIELD E ROLE_FILE -> the E-th edit of one kind (E from 1): summary or title, a new first word (prose only
# the role's page shows; a title every page that links the role shows); skill or leads, the first top skill or
# leads_to entry removed on odd edits and put back on even ones; salary, the last digit of the first level's minimum
# set to E (the same width: nothing else moves)
edit_role() {
  local field=$1 e=$2 role=$3
  case $field in
    summary | title) sed -i -E "0,/^$field: /s/^($field: \"?)/\1Edited$e /" "$role" ;; # quoted or plain
    skill | leads)
      local key=skills && [ "$field" = leads ] && key="  leads_to"
      if ((e % 2)); then
        sed -n "/^$key:/{n;p;q}" "$role" > "$WORK/removed.line"
        sed -i "/^$key:/{n;d}" "$role"
      else
        sed -i "/^$key:/r $WORK/removed.line" "$role"
      fi ;;
    salary) sed -i -E "0,/min: [0-9]+,/s/min: ([0-9]*)[0-9],/min: \1$e,/" "$role" ;;
    *) echo "bench.sh: serve-edit edits summary, title, skill, leads or salary, not $field" >&2; exit 2 ;;
  esac
}

# serve_edit PROJECT [FIELD] -> the median build work (ms) `serve` reports for re-rendering after one role file
# changes, over SERVE_EDITS edits (default 3) of the same role's FIELD (see edit_role; summary by default), each
# waited for before the next
serve_edit() {
  local project=$1 field=${2:-summary} log="$WORK/serve.log" role edits=${SERVE_EDITS:-3}
  role=$(find "$project/roles" -name '*.yaml' | sort | head -1)
  cp "$role" "$WORK/role.bak"
  : > "$log"
  "${CG[@]}" serve --source "$project" --port 0 > "$log" 2>&1 &
  local pid=$!
  # The first full render can take minutes on a busy machine; wait for it (up to 30 minutes).
  for _ in $(seq 1 3600); do grep -q '^Rendered all' "$log" && break; sleep 0.5; done
  for ((e = 1; e <= edits; e++)); do
    sleep 1
    edit_role "$field" "$e" "$role"
    for _ in $(seq 1 240); do [ "$(grep -c '^Rendered' "$log")" -gt "$e" ] && break; sleep 0.25; done
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cp "$WORK/role.bak" "$role"
  local ms pages
  ms=$(grep '^Rendered' "$log" | tail -n +2 | sed -E 's/^Rendered .* in ([0-9]+) ms.*/\1/' | median)
  pages=$(grep '^Rendered' "$log" | tail -n +2 | sed -E 's/^Rendered (.*) in .*/\1/' | sort | uniq -c | awk '{n = $1; $1 = ""; print n "x" $0}' | paste -sd';')
  if [ "$(grep -c '^Rendered' "$log")" -gt 1 ]; then
    echo "median ${ms%.00} ms of $(($(grep -c '^Rendered' "$log") - 1)) edits ($pages)"
  else
    echo "not measured (no rebuild reported within a minute of the edit)"
  fi
}

# scripts/bench.sh serve-edit PROJECT: only the serve-edit figure for one careerguide project (content folder)
if [ "${1:-}" = serve-edit ]; then
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg): $(serve_edit "$2" "${3:-summary}")"
  exit 0
fi

echo "careerguide $("${CG[@]}" --version 2>/dev/null | head -1 | awk '{print $NF}'), $(hugo version 2>/dev/null | awk '{print $1, $2}'),"\
  "run by $RUNNER, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| roles | tool | runs | median wall s | median CPU s | peak RSS MB | pages | output MB | wall ratio cg / Hugo |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
extra=()
for roles in $SIZES; do
  runs=$RUNS
  hugo_here=$have_hugo
  if [ "$roles" -ge 100000 ]; then
    runs=$BIG_RUNS
    [ "$BIG_HUGO" = true ] || hugo_here=false
  fi
  cg="$WORK/cg-$roles"; hs="$WORK/hugo-$roles"
  [ -d "$cg/content" ] || python3 "$BENCH_DIR/to_careerguide.py" "$roles" 42 "$cg" >/dev/null
  if $hugo_here; then [ -d "$hs" ] || python3 "$BENCH_DIR/gen_corpus.py" "$roles" 42 "$hs" hugo >/dev/null; fi
  : > "$WORK/cg.txt"; : > "$WORK/hugo.txt"
  # Each run writes a folder of its own (a full build: no previous site to reuse), deleted when the
  # benchmark ends. ext4 without a journal (this machine's disk) skips an inode deleted less than 60 s ago
  # (360 s while its inode table block is not yet written back: hence the sync above) when it looks for a
  # free one, reading that inode's block to find out, so creating files right after tens of thousands
  # were deleted costs kernel time (recently_deleted in perf) that would time the clean-up, not the tool.
  for ((i = 1; i <= runs; i++)); do
    measure "$WORK/cg.txt" "${CG[@]}" build --quiet --source "$cg/content" --output "$RUNS_DIR/cg-$roles-$i"
    if $hugo_here; then
      measure "$WORK/hugo.txt" hugo --quiet -s "$hs" -d "$RUNS_DIR/hugo-$roles-$i"
    fi
  done
  out_cg="$RUNS_DIR/cg-$roles-$runs"; out_hugo="$RUNS_DIR/hugo-$roles-$runs"
  cg_wall=$(column_median "$WORK/cg.txt" 1)
  ratio="–"
  if $hugo_here; then
    hugo_wall=$(column_median "$WORK/hugo.txt" 1)
    ratio=$(echo "$cg_wall / $hugo_wall" | bc -l | xargs printf '%.2f')
  fi
  printf '| %s | careerguide | %s | %s | %s | %s | %s | %s | %s |\n' "$roles" "$runs" "$cg_wall" \
    "$(column_median "$WORK/cg.txt" 2)" "$(max_rss_mb "$WORK/cg.txt")" "$(pages "$out_cg")" \
    "$(megabytes "$out_cg")" "$ratio"
  extra+=("$roles roles: $(weights "$out_cg")")
  if $hugo_here; then
    printf '| %s | Hugo | %s | %s | %s | %s | %s | %s | |\n' "$roles" "$runs" "$hugo_wall" \
      "$(column_median "$WORK/hugo.txt" 2)" "$(max_rss_mb "$WORK/hugo.txt")" "$(pages "$out_hugo")" \
      "$(megabytes "$out_hugo")"
  elif $have_hugo; then
    printf '| %s | Hugo | skipped (BENCH_BIG_HUGO=true to time it) | | | | | | |\n' "$roles"
  fi
done
# Then, for sizes up to 10,000 roles, the rebuilds and the preview: after every full build above, because an
# incremental build deletes the previous site's files and the next full build would pay for that (see the
# comment at the runs above).
for roles in $SIZES; do
  [ "$roles" -le 10000 ] || continue
  cg="$WORK/cg-$roles"; out_cg="$RUNS_DIR/cg-$roles-$RUNS"
  : > "$WORK/again.txt"
  measure "$WORK/again.txt" "${CG[@]}" build --source "$cg/content" --output "$out_cg"
  again_state=$(grep -q '^Site is up to date' "$WORK/last.out" && echo "up to date" || echo "built again")
  # One role's summary edited: the build carries over the pages the edit does not reach.
  role=$(find "$cg/content/roles" -name '*.yaml' | sort | sed -n 2p)
  cp "$role" "$WORK/role.bak"
  edit_role summary 1 "$role"
  : > "$WORK/edit.txt"
  measure "$WORK/edit.txt" "${CG[@]}" build --source "$cg/content" --output "$out_cg"
  edit_pages=$(grep -o '([0-9]* rendered, [0-9]* unchanged kept)' "$WORK/last.out" | tr -d '()' || true)
  cp "$WORK/role.bak" "$role"
  extra+=("$roles roles: unchanged rebuild $(column_median "$WORK/again.txt" 1) s wall, $(column_median "$WORK/again.txt" 2) s CPU ($again_state); one role edited: $(column_median "$WORK/edit.txt" 1) s wall, $(column_median "$WORK/edit.txt" 2) s CPU (${edit_pages:-pages not reported}); serve, one role's summary edited: $(serve_edit "$cg/content" summary); its title edited: $(serve_edit "$cg/content" title); its first skill removed and put back: $(serve_edit "$cg/content" skill)")
done
echo
for line in "${extra[@]}"; do echo "- $line"; done
