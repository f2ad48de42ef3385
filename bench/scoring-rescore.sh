#!/usr/bin/env bash
# Re-scoring speed: seeds N accounts into scoring-service's copy of the accounts, publishes a scoring model (which
# re-scores the whole portfolio: scores, history and events written in one transaction) and prints accounts per
# second; then times the portfolio endpoint. Needs the platform running (deploy/local/run).
# Usage: bench/scoring-rescore.sh [accounts, default 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
data="${KAM_DATA_DIR:-.kam}"
base="${KAM_SCORING_URL:-http://localhost:8082}/api/v1"
db="${KAM_PG_URL:-jdbc:postgresql://localhost:5432}/scoring"
token=$(grep '^kam-admin=' "$data/demo-tokens.properties" | cut -d= -f2-)
auth=(-H "Authorization: Bearer $token" -H "Content-Type: application/json")

java -cp "$(cat "$data/infra.classpath")" bench/scoring/SeedAccountFacts.java "$db" "$count"

model='{"name":"Bench '"$(date +%s)"'","criteria":[
 {"key":"revenue12m","name":"Revenue","weight":3,"scale":{"min":0,"max":10000000},"source":"REVENUE_12M","axis":"ATTRACTIVENESS"},
 {"key":"growth","name":"Growth","weight":1,"scale":{"min":-20,"max":40},"source":"REVENUE_GROWTH","axis":"ATTRACTIVENESS"},
 {"key":"margin","name":"Margin","weight":2,"scale":{"min":0,"max":40},"source":"MARGIN","axis":"RELATIVE_STRENGTH"},
 {"key":"wallet","name":"Share of wallet","weight":2,"scale":{"min":0,"max":100},"source":"SHARE_OF_WALLET","axis":"RELATIVE_STRENGTH"},
 {"key":"units","name":"Units","weight":1,"scale":{"min":0,"max":10},"source":"UNITS","axis":"ATTRACTIVENESS"}],
 "tierScheme":{"name":"Gold / Silver / Bronze","tiers":[{"name":"Gold","lowerBound":70},{"name":"Silver","lowerBound":50},{"name":"Bronze","lowerBound":30}],"cap":35}}'
id=$(curl -sf "${auth[@]}" -d "$model" "$base/scoring-models" | sed -E 's/.*"id":"([^"]+)".*/\1/')
seconds=$(curl -sf -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" -H 'If-Match: "0"' \
  "$base/scoring-models/$id/publish")
# The portfolio's counts per tier cover every scored account ("none" counts those without a tier).
accounts=$(curl -sf "${auth[@]}" "$base/portfolio?limit=1" | sed -E 's/.*"tiers":\{([^}]*)\}.*/\1/' | tr ',' '\n' \
  | awk -F: '{n += $2} END {print n}')
awk -v n="$accounts" -v s="$seconds" 'BEGIN {printf "publish re-scored %d accounts in %.1f s: %.0f accounts/s\n", n, s, n / s}'
for _ in 1 2 3; do curl -sf -o /dev/null "${auth[@]}" "$base/portfolio"; done
times=$(for _ in $(seq 1 10); do curl -sf -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$base/portfolio"; done | sort -n)
echo "$times" | awk -v n="$accounts" '{t[NR] = $1 * 1000} END {printf "GET /portfolio, first page of 100 (%d accounts): median %.0f ms, max %.0f ms\n", n, t[int(NR / 2)], t[NR]}'
