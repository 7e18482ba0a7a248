#!/usr/bin/env bash
# Slack gate: every Block Kit message the C# tests wrote (RoleBot.Tests/Channels/Slack and Cards, into
# artifacts/slack or $ROLEBOT_SLACK_OUT) must type-check against Slack's @slack/types with tsc (both pinned in
# package.json; offline once npm install has run). Deliberately broken messages in .ci/slack/broken must fail.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
node "$root/.ci/slack/type-check-blocks.mjs" --expect-fail "$root/.ci/slack/broken" "${ROLEBOT_SLACK_OUT:-$root/artifacts/slack}"
