#!/usr/bin/env bash
# Installs what the CI steps need on a fresh machine: Debian chromium + fonts, and the pinned npm tooling.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi liberation; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
# playwright-core never downloads a browser, but say so anyway in case a transitive tool tries.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm install --no-audit --no-fund --ignore-scripts --loglevel=error
if [ ! -f e2e/vendor/webchat.js ]; then
  mkdir -p e2e/vendor
  (cd e2e/vendor && npm pack --silent botframework-webchat@4.18.1 >/dev/null \
    && tar xzf botframework-webchat-4.18.1.tgz package/dist/webchat.js \
    && mv package/dist/webchat.js . && rm -rf package ./*.tgz)
fi
