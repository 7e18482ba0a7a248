#!/usr/bin/env bash
# Claim-level evidence: every quoted passage in the knowledge base occurs (whitespace aside) in the document it cites,
# on the line it gives, and every statement that cites a document quotes it. The documents live outside the
# repository, so this runs in CI only. Needs: the .NET SDK, and the documents folder (../shared/seeds beside the
# repository, or the folder given as $1). Runs "validate-kb --documents", which checks the quotes with the sources.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
documents=$(realpath -m "${1:-$root/../shared/seeds}")
kb="$root/dialogs/knowledge-base/en-us/roles.kb.json"

if [ ! -d "$documents" ]; then
  echo "kb-evidence: the documents folder $documents is missing"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet run --project RoleBot/RoleBot.csproj --no-launch-profile -v quiet -- validate-kb "$kb" --documents "$documents" 2>&1
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 0 ]; then
  echo "kb-evidence: every quote is in the document it cites in $documents"
  echo "1 passed, 0 failed"
else
  echo "kb-evidence: FAILED (validate-kb exited with $rc)"
  echo "0 passed, 1 failed"
fi
exit "$rc"
