#!/usr/bin/env bash
# The knowledge base against the documents it was taken from, which live outside the repository.
# Needs: the .NET SDK, and the documents folder (../shared/seeds beside the repository, or the folder given as $1).
# Runs "validate-kb --documents" once: every source file name is in that folder, every document there is cited,
# and every quoted passage (evidence) occurs in the document it cites, on the line it gives.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
documents=$(realpath -m "${1:-$root/../shared/seeds}")
kb="$root/dialogs/knowledge-base/en-us/roles.kb.json"

if [ ! -d "$documents" ]; then
  echo "kb-documents: the documents folder $documents is missing"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet run --project RoleBot/RoleBot.csproj --no-launch-profile -v quiet -- validate-kb "$kb" --documents "$documents" 2>&1
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 0 ]; then
  echo "kb-documents: every source file is in $documents, every document there is cited, and every quote is in the document it cites"
  echo "1 passed, 0 failed"
else
  echo "kb-documents: FAILED (validate-kb exited with $rc)"
  echo "0 passed, 1 failed"
fi
exit "$rc"
