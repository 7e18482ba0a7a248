#!/usr/bin/env bash
# Card quality gate: every Adaptive Card the C# tests wrote (RoleBot.Tests/Cards, into .ci/out/cards or
# $ROLEBOT_CARDS_OUT) must pass the official 1.5 schema and the official adaptivecards parser with the Teams
# host config. Fails loudly when there are no cards, so a test run that wrote nothing cannot pass.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
cards="${ROLEBOT_CARDS_OUT:-$root/.ci/out/cards}"
schemas="$root/../shared/schemas"

node "$root/.ci/validate-cards.mjs" \
  --schema "$schemas/adaptive-card-1.5.0.json" \
  --host-config "$schemas/hostconfig-microsoft-teams-light.json" \
  --max-kb 28 \
  --expect-fail "$root/.ci/cards/broken" \
  "$cards"
