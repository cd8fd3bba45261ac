#!/usr/bin/env bash
# Installs headless Chromium and ChromeDriver from Debian's packages when missing, for the browser tests of the
# web console (app/src/test/java/org/palermo/app/console). Prints the environment the tests read; `.ci/run` does:
#   eval "$(bash .ci/browser.sh)"
# Idempotent. Needs root (CI runs as root).
set -euo pipefail

log() { echo "browser.sh: $*" >&2; }

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  log "installing chromium and chromium-driver from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium chromium-driver >&2
fi
log "$(chromium --version 2>/dev/null | head -1); $(chromedriver --version | head -1)"
echo "export PALERMO_CHROMIUM=$(command -v chromium)"
echo "export PALERMO_CHROMEDRIVER=$(command -v chromedriver)"
