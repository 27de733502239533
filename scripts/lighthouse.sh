#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the example site's home
# page and its heaviest role page, measured with Debian Chromium over loopback. Not part of
# `mvn verify`: the first run installs Lighthouse (about a minute), then each page takes ~15 s.
#
#   scripts/lighthouse.sh [SITE_DIR]     SITE_DIR defaults to content/target/site (built if missing)
#
# Lighthouse is installed, pinned, into scripts/.lighthouse/ (git-ignored). Reports are written to
# target/lighthouse/<page>.json. Performance is simulated on a throttled CPU model and varies with
# the load of the machine; the other three scores are stable.
set -euo pipefail

LIGHTHOUSE_VERSION=12.8.2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/scripts/.lighthouse"
REPORTS="$ROOT/target/lighthouse"
SITE=$(cd "${1:-$ROOT/content/target/site}" 2>/dev/null && pwd || echo "${1:-$ROOT/content/target/site}")
CHROME=${CHROME_PATH:-/usr/bin/chromium}

[ -x "$CHROME" ] || { echo "lighthouse.sh: $CHROME not found; install it: apt-get install -y chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "lighthouse.sh: node not found (Lighthouse needs Node >= 18.16)" >&2; exit 2; }

LIGHTHOUSE="$TOOLS/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ] || [ "$("$LIGHTHOUSE" --version)" != "$LIGHTHOUSE_VERSION" ]; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION into $TOOLS ..."
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

if [ ! -f "$SITE/index.html" ]; then
  echo "Building the example site into $SITE ..."
  (cd "$ROOT" && mvn -B -q package -DskipTests)
fi

# The site is served under the path of its base_url (from the home page's canonical link), as it
# will be published, so that the not-found page's root-relative links work too.
BASE_PATH=$(node -e '
  const html = require("fs").readFileSync(process.argv[1], "utf8");
  const m = html.match(/<link rel="canonical" href="([^"]*)"/);
  console.log(m ? new URL(m[1]).pathname : "/");' "$SITE/index.html")
ROLE_PAGE=$(cd "$SITE" && ls -S roles/*/index.html | head -1)

# A static server on 127.0.0.1 (a free port), written in Node since Lighthouse needs Node anyway.
SERVER_LOG=$(mktemp)
node -e '
  const http = require("http"), fs = require("fs"), path = require("path");
  const [root, base] = process.argv.slice(1);
  const types = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".js": "text/javascript", ".svg": "image/svg+xml", ".json": "application/json"};
  http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = rel.startsWith(base) ? path.join(root, rel.slice(base.length)) : null;
    if (file && !file.startsWith(root)) file = null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    let status = 200;
    if (!file || !fs.existsSync(file)) { status = 404; file = path.join(root, "404.html"); }
    res.writeHead(status, {"Content-Type": types[path.extname(file)] || "application/octet-stream"});
    fs.createReadStream(file).pipe(res);
  }).listen(0, "127.0.0.1", function () { console.log(this.address().port); });
' "$SITE" "$BASE_PATH" > "$SERVER_LOG" &
SERVER=$!
PROFILE=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$PROFILE" "$SERVER_LOG"' EXIT
for _ in $(seq 100); do [ -s "$SERVER_LOG" ] && break; sleep 0.1; done
PORT=$(head -1 "$SERVER_LOG")
[ -n "$PORT" ] || { echo "lighthouse.sh: the static server did not start" >&2; exit 1; }

mkdir -p "$REPORTS"
echo "Lighthouse $LIGHTHOUSE_VERSION, $("$CHROME" --version 2>/dev/null | tail -1), site $SITE"
printf '%-45s %11s %13s %14s %4s\n' page performance accessibility best-practices seo
for page in index.html "$ROLE_PAGE"; do
  report="$REPORTS/$(echo "$page" | tr / _ | sed 's/\.html$//').json"
  CHROME_PATH="$CHROME" timeout 180 "$LIGHTHOUSE" "http://127.0.0.1:$PORT$BASE_PATH$page" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo --max-wait-for-load=30000 \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$PROFILE"
  node -e '
    const [file, page] = process.argv.slice(1);
    const r = require(file), c = r.categories, s = k => c[k].score === null ? "n/a" : Math.round(c[k].score * 100);
    console.log(page.padEnd(45), String(s("performance")).padStart(11), String(s("accessibility")).padStart(13),
                String(s("best-practices")).padStart(14), String(s("seo")).padStart(4));
    if (r.runtimeError) console.log("  runtime error:", r.runtimeError.message);
    for (const [key, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${key}: ${a.id} ${Math.round(a.score * 100)} ${a.displayValue || ""}`);
    }' "$report" "$page"
done
