#!/usr/bin/env bash
# One-command setup: installs what is missing (system packages, pnpm, dependencies),
# builds the CLI and writes the briefing of the seed articles to reports/briefing.pdf.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf 'setup: %s\n' "$*" >&2; }

have_chromium() {
  if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; return; fi
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome /snap/bin/chromium; do
    [ -x "$c" ] && return 0
  done
  return 1
}

# System packages: Chromium prints the PDF; the Noto fonts are its Arabic fallback; poppler-utils
# (pdftotext, pdffonts) reads PDFs back in the tests.
missing=()
have_chromium || missing+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || missing+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages: ${missing[*]}"
    say "install them, e.g.: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    say "(or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome binary), then run this again."
    exit 1
  fi
fi

if ! command -v pnpm >/dev/null 2>&1; then
  say "installing pnpm"
  npm install -g pnpm@12 >/dev/null 2>&1 || COREPACK_INTEGRITY_KEYS=0 corepack enable pnpm
fi

say "installing dependencies"
pnpm install --frozen-lockfile --reporter=silent
say "building the mawjaz CLI"
pnpm -s build
say "writing the briefing of seeds/"
pnpm -s mawjaz briefing
