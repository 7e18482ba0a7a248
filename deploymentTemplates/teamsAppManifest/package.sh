#!/usr/bin/env bash
# Builds the Teams app package: manifest.json with its placeholders filled in, plus the two icons, zipped flat.
#
#   deploymentTemplates/teamsAppManifest/package.sh --bot-id <GUID> --domain <host> [options]
#
#   --bot-id GUID      the bot's Microsoft App ID (app registration client ID, or the managed identity's client ID)
#   --domain HOST      host name of the web app, e.g. rolebot-abc123.azurewebsites.net (no https://, no path)
#   --app-id GUID      Teams app ID; defaults to the bot ID (give a new one to install a second copy side by side)
#   --website URL      developer website (https); defaults to https://HOST/
#   --privacy URL      privacy statement (https); defaults to the website
#   --terms URL        terms of use (https); defaults to the website
#   --out FILE         output zip; defaults to build/rolebot-teams-app.zip next to this script
#
# The same values can come from the environment: BOT_ID, BOT_DOMAIN, TEAMS_APP_ID, DEVELOPER_WEBSITE_URL,
# PRIVACY_URL, TERMS_OF_USE_URL, OUT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "package.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) BOT_ID=${2-}; shift 2 ;;
    --domain) BOT_DOMAIN=${2-}; shift 2 ;;
    --app-id) TEAMS_APP_ID=${2-}; shift 2 ;;
    --website) DEVELOPER_WEBSITE_URL=${2-}; shift 2 ;;
    --privacy) PRIVACY_URL=${2-}; shift 2 ;;
    --terms) TERMS_OF_USE_URL=${2-}; shift 2 ;;
    --out) OUT=${2-}; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

guid='^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
label='[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
# https only, and none of the characters that would break the JSON string or the sed substitution.
url='^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/?#=%+:@!$()*,;-]*)?$'

[ -n "${BOT_ID-}" ] || fail "--bot-id is required"
[[ $BOT_ID =~ $guid ]] || fail "--bot-id must be a GUID like 00000000-0000-0000-0000-000000000000, got '$BOT_ID'"
[ -n "${BOT_DOMAIN-}" ] || fail "--domain is required"
[[ $BOT_DOMAIN =~ ^$label(\.$label)+$ ]] \
  || fail "--domain must be a host name only (e.g. rolebot-abc123.azurewebsites.net), got '$BOT_DOMAIN'"
TEAMS_APP_ID=${TEAMS_APP_ID:-$BOT_ID}
[[ $TEAMS_APP_ID =~ $guid ]] || fail "--app-id must be a GUID, got '$TEAMS_APP_ID'"
DEVELOPER_WEBSITE_URL=${DEVELOPER_WEBSITE_URL:-https://$BOT_DOMAIN/}
PRIVACY_URL=${PRIVACY_URL:-$DEVELOPER_WEBSITE_URL}
TERMS_OF_USE_URL=${TERMS_OF_USE_URL:-$DEVELOPER_WEBSITE_URL}
for name in DEVELOPER_WEBSITE_URL PRIVACY_URL TERMS_OF_USE_URL; do
  [[ ${!name} =~ $url ]] || fail "$name must be an https URL without quotes, spaces or '&', got '${!name}'"
done
OUT=${OUT:-$here/build/rolebot-teams-app.zip}
case $OUT in /*) ;; *) OUT=$PWD/$OUT ;; esac

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
sed -e "s|\${{BOT_ID}}|$BOT_ID|g" -e "s|\${{BOT_DOMAIN}}|$BOT_DOMAIN|g" -e "s|\${{TEAMS_APP_ID}}|$TEAMS_APP_ID|g" \
    -e "s|\${{DEVELOPER_WEBSITE_URL}}|$DEVELOPER_WEBSITE_URL|g" -e "s|\${{PRIVACY_URL}}|$PRIVACY_URL|g" \
    -e "s|\${{TERMS_OF_USE_URL}}|$TERMS_OF_USE_URL|g" "$here/manifest.json" >"$stage/manifest.json"
if grep -o '\${{[A-Z_]*}}' "$stage/manifest.json" >&2; then
  fail "manifest.json still has the placeholders above; add them to package.sh"
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X -D "$OUT.tmp" manifest.json color.png outline.png)
else
  python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for f in ("manifest.json", "color.png", "outline.png"): z.write(sys.argv[2] + "/" + f, f)' "$OUT.tmp" "$stage"
fi
mv "$OUT.tmp" "$OUT"
echo "Teams app package: $OUT (app id $TEAMS_APP_ID, bot $BOT_ID, domain $BOT_DOMAIN)"
