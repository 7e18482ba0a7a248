#!/usr/bin/env bash
# Validates the shipped knowledge base against dialogs/schemas/knowledge-base.schema.json with ajv.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d node_modules/ajv ]; then
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
fi
node .ci/lib/validate-kb-schema.mjs "$@"
