#!/usr/bin/env bash
# Real Prometheus scraping a real RoleBot: builds RoleBot, starts it with RoleBot:Telemetry:Prometheus=true on a
# random loopback port (from a temp directory, with its knowledge-gap file there too), starts Debian's prometheus
# on another random loopback port scraping it every second, asks questions, and checks through Prometheus' HTTP
# query API that rolebot_turns_total rose by outcome; then the gaps command reads the questions it could not
# answer. Every process started here is killed on exit, every temp dir removed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
passed=0 failed=0 pids=()
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tmp=$(mktemp -d)

ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # a random loopback port nothing answers on
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
start() { local log=$1; shift; setsid "$@" >"$log" 2>&1 </dev/null & pids+=($!); }
wait_http() { # wait_http <name> <url> <seconds> <log>
  local i
  for ((i = 0; i < $3 * 4; i++)); do
    curl -sf -o /dev/null --max-time 2 "$2" && { ok "$1"; return 0; }
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.25
  done
  fail "$1" "no answer from $2; last log lines:"; tail -n 20 "$4" | sed 's/^/     /'; return 1
}
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);console.log($1)})"; }

if ! command -v prometheus >/dev/null 2>&1; then
  fail "prometheus installed" "run .ci/setup.sh (Debian package prometheus)"; finish
fi
ok "prometheus installed ($(prometheus --version 2>&1 | head -n1))"

if timeout 300 dotnet build "$root/RoleBot/RoleBot.csproj" -nologo -v q >"$tmp/build.log" 2>&1; then ok "build RoleBot"
else fail "build RoleBot" "see output"; tail -n 20 "$tmp/build.log" | sed 's/^/     /'; finish; fi

bot_port=$(free_port) prom_port=$(free_port)
bot="http://127.0.0.1:$bot_port" prom="http://127.0.0.1:$prom_port"
cd "$tmp"
ASPNETCORE_URLS="$bot" MicrosoftAppId='' MicrosoftAppPassword='' RoleBot__AllowAnonymous=true \
  RoleBot__Telemetry__Prometheus=true RoleBot__Insights__Path="$tmp/insights.db" \
  start "$tmp/bot.log" dotnet "$root/RoleBot/bin/Debug/net10.0/RoleBot.dll"
wait_http "bot /healthz" "$bot/healthz" 60 "$tmp/bot.log" || finish
curl -sf "$bot/metrics" | grep -q '^# TYPE rolebot_' && ok "bot serves /metrics" || fail "bot serves /metrics" "no rolebot_ metric in the scrape"

cat >"$tmp/prometheus.yml" <<YAML
global: { scrape_interval: 1s, evaluation_interval: 1s }
scrape_configs:
  - job_name: rolebot
    static_configs: [ { targets: ["127.0.0.1:$bot_port"] } ]
YAML
start "$tmp/prometheus.log" prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/tsdb" \
  --web.listen-address="127.0.0.1:$prom_port"
wait_http "prometheus ready" "$prom/-/ready" 60 "$tmp/prometheus.log" || finish

ask() { # ask <text>: one turn, answered in the HTTP response (expectReplies)
  curl -sf -o /dev/null --max-time 10 -H 'Content-Type: application/json' "$bot/api/messages" -d "{\"type\":\"message\",\"id\":\"$RANDOM$RANDOM\",
    \"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"deliveryMode\":\"expectReplies\",\"text\":\"$1\",
    \"from\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"b1\"},\"conversation\":{\"id\":\"c-$RANDOM$RANDOM\"}}"
}
asked=0
for q in "is a GM higher than a VP?" "what does a COO do?" "what does a wizard do?" "what is the weather in Paris tomorrow?"; do
  ask "$q" && asked=$((asked + 1))
done
[ "$asked" -eq 4 ] && ok "asked 4 questions" || fail "asked 4 questions" "only $asked answered"

query='sum by (outcome) (rolebot_turns_total)'
declare -A want=([answered]=2 [unknown_role]=1 [fallback]=1)
for ((i = 0; i < 60; i++)); do
  result=$(curl -sf --get --data-urlencode "query=$query" "$prom/api/v1/query" |
    json "j.data.result.map(r => r.metric.outcome + '=' + r.value[1]).join(' ')") || result=
  good=1
  for outcome in "${!want[@]}"; do
    [[ " $result " =~ \ $outcome=([0-9]+)\  ]] && (( BASH_REMATCH[1] >= want[$outcome] )) || good=0
  done
  [ "$good" -eq 1 ] && break
  sleep 0.5
done
if [ "$good" -eq 1 ]; then ok "Prometheus sees rolebot_turns_total rise by outcome ($result)"
else fail "Prometheus sees rolebot_turns_total rise by outcome" "query '$query' gave '${result:-nothing}'"; fi

health=$(curl -sf "$prom/api/v1/targets" | json "j.data.activeTargets.map(t => t.health).join(',')")
[ "$health" = up ] && ok "scrape target up" || fail "scrape target up" "health '$health'"

# The gaps command on the bot's own settings (the file is written off the turn's path: allow it a moment).
for ((i = 0; i < 20; i++)); do
  report=$(RoleBot__Insights__Path="$tmp/insights.db" dotnet "$root/RoleBot/bin/Debug/net10.0/RoleBot.dll" gaps --format csv 2>&1)
  grep -q '^1,unknown title,wizard,' <<<"$report" && break
  sleep 0.5
done
grep -q '^1,unknown title,wizard,' <<<"$report" && ok "gaps reports the unknown title" || { fail "gaps reports the unknown title" "got:"; sed 's/^/     /' <<<"$report"; }
finish
