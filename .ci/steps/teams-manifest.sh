#!/usr/bin/env bash
# The Teams app package and the Azure deployment templates, checked offline: builds the package with test
# values, validates it (schema, bot, search extension, icons), compiles the Bicep with the Bicep CLI from
# NuGet, type-checks the ARM templates through the same CLI, and checks that the Bicep and ARM agree.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out="$root/.ci/out/teams-manifest"
rm -rf "$out" && mkdir -p "$out"
log="$out/checks.log"
: >"$log"
templates="$root/deploymentTemplates"
app="$templates/teamsAppManifest"
bot_id=0b5e8a2c-7d4f-4e61-9a3b-2c1d0e9f8a7b
domain=rolebot-ci.azurewebsites.net

pass() { echo "PASS $*" | tee -a "$log"; }
fail() { echo "FAIL $*" | tee -a "$log"; }

# Runs a node check script, keeping its PASS/FAIL lines; a crash without a FAIL line still counts as one.
run_node() {
  local name=$1 before rc
  shift
  before=$(grep -c '^FAIL ' "$log")
  node "$@" 2>&1 | tee -a "$log"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ] && [ "$(grep -c '^FAIL ' "$log")" -eq "$before" ]; then fail "$name exited with $rc"; fi
}

if [ ! -d node_modules/@microsoft/app-manifest ] || [ ! -d node_modules/fs-extra ]; then
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error >"$out/npm.log" 2>&1 || fail "npm install (see $out/npm.log)"
fi

# --- Teams app package -------------------------------------------------------------------------------
zip="$out/rolebot-teams-app.zip"
if bash "$app/package.sh" --bot-id "$bot_id" --domain "$domain" --out "$zip" >"$out/package.log" 2>&1; then
  pass "package.sh builds the Teams app package"
else
  fail "package.sh: $(tail -n 1 "$out/package.log")"
fi
for bad in "--bot-id not-a-guid --domain $domain" "--bot-id $bot_id --domain https://$domain/api/messages" \
  "--domain $domain" "--bot-id $bot_id --domain $domain --privacy http://example.com/privacy"; do
  # shellcheck disable=SC2086 # the cases are word lists on purpose
  if bash "$app/package.sh" $bad --out "$out/rejected.zip" >/dev/null 2>&1 || [ -e "$out/rejected.zip" ]; then
    fail "package.sh accepted bad input: $bad"
  else
    pass "package.sh rejects bad input: $bad"
  fi
done
run_node check-teams-app.mjs .ci/deploy/check-teams-app.mjs "$zip" "$app" "$bot_id" "$domain"

# The committed icons must be what make_icons.py draws (compared as pixels: zlib output may differ by version).
if python3 "$app/make_icons.py" "$out" >"$out/icons.log" 2>&1; then
  run_node icons .ci/deploy/same-pixels.mjs "$app/color.png" "$out/color.png" "$app/outline.png" "$out/outline.png"
else
  fail "make_icons.py: $(tail -n 1 "$out/icons.log")"
fi

# --- Bicep CLI (a binary inside a NuGet package) --------------------------------------------------------
bicep=""
if dotnet restore "$root/.ci/tools/bicep-cli.proj" >"$out/bicep-restore.log" 2>&1; then
  packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
  version=$(grep -oE 'Version="\[[0-9.]+\]"' "$root/.ci/tools/bicep-cli.proj" | tr -d 'Version="[]')
  bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
  [ -f "$bicep" ] || bicep=""
fi
if [ -n "$bicep" ]; then
  chmod +x "$bicep"
  pass "Bicep CLI restored from NuGet ($("$bicep" --version 2>&1 | head -n 1))"
else
  fail "Bicep CLI restore (see $out/bicep-restore.log)"
fi

compiled=""
if [ -n "$bicep" ]; then
  if "$bicep" build "$templates/bicep/azure.bicep" --outfile "$out/azure.json" >"$out/bicep-build.log" 2>&1 \
    && ! grep -qE ' : (Error|Warning) ' "$out/bicep-build.log"; then
    pass "bicep build azure.bicep: no errors, no linter warnings"
    compiled="$out/azure.json"
  else
    fail "bicep build azure.bicep: $(grep -E ' : (Error|Warning) ' "$out/bicep-build.log" | head -n 3 | tr '\n' ' ')"
  fi
  # Decompiling the ARM JSON to Bicep and building that type-checks every resource against the API versions
  # (unknown properties, wrong types, missing required ones). Linter style hints about the decompiled code are ignored.
  for template in template-with-preexisting-rg.json template-with-new-rg.json; do
    work="$out/decompiled-${template%.json}"
    mkdir -p "$work" && cp "$templates/$template" "$work/"
    "$bicep" decompile "$work/$template" >"$work/decompile.log" 2>&1
    "$bicep" build "$work/${template%.json}.bicep" --stdout >/dev/null 2>"$work/build.log"
    rc=$?
    problems=$(grep -hE ' : Error |Warning BCP[0-9]+|fatal error' "$work/decompile.log" "$work/build.log" | sort -u)
    if [ "$rc" -eq 0 ] && [ -z "$problems" ]; then
      pass "$template type-checks against the resource API versions"
    else
      fail "$template: ${problems:-bicep build exited with $rc}"
    fi
  done
fi

# --- Template structure ---------------------------------------------------------------------------------
if node "$templates/make-new-rg-template.mjs" "$out/template-with-new-rg.json" 2>"$out/make-new-rg.log" \
  && cmp -s "$out/template-with-new-rg.json" "$templates/template-with-new-rg.json"; then
  pass "template-with-new-rg.json is what make-new-rg-template.mjs generates"
else
  fail "template-with-new-rg.json is stale: run node deploymentTemplates/make-new-rg-template.mjs $(head -c 300 "$out/make-new-rg.log")"
fi
run_node check-templates.mjs .ci/deploy/check-templates.mjs "$templates" ${compiled:+"$compiled"}

p=$(grep -c '^PASS ' "$log")
f=$(grep -c '^FAIL ' "$log")
echo "teams-manifest: $p passed, $f failed"
[ "$f" -eq 0 ]
