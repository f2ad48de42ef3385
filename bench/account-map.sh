#!/usr/bin/env bash
# Latency of an account's relationship map and coverage at the scale of DOMAIN.md's real case: 20 team members,
# 50 stakeholders and 1,000 relationships. Needs the platform running (deploy/local/run) on this machine.
# Usage: bench/account-map.sh [requests, default 500]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${KAM_ACCOUNT_URL:-http://localhost:8081}/api/v1/accounts"
token=$(grep '^kam-admin=' "${KAM_DATA_DIR:-.kam}/demo-tokens.properties" | cut -d= -f2-)
requests="${1:-500}"
auth=(-H "Authorization: Bearer $token" -H "Content-Type: application/json")
id_of() { sed -E 's/.*"id":"([^"]+)".*/\1/'; }

account=$(curl -sf "${auth[@]}" -d "{\"name\":\"Bench $(date +%s%N)\",\"currency\":\"EUR\"}" "$base" | id_of)
members=()
for i in $(seq 1 20); do
  members+=("$(curl -sf "${auth[@]}" -d "{\"userId\":\"bench.member.$i\",\"role\":\"OTHER\"}" "$base/$account/team" | id_of)")
done
stakeholders=()
for i in $(seq 1 50); do
  roles='[]'; [ "$i" -le 3 ] && roles='["DECISION_MAKER"]'
  reports=null; [ "$i" -gt 1 ] && reports="\"${stakeholders[$(((i - 2) / 4))]}\""
  stakeholders+=("$(curl -sf "${auth[@]}" -d "{\"name\":\"Person $i\",\"reportsToId\":$reports,\"attitude\":\"NEUTRAL\",\"influence\":3,\"buyingRoles\":$roles}" "$base/$account/stakeholders" | id_of)")
done
for m in "${members[@]}"; do
  for s in "${stakeholders[@]}"; do
    curl -sf -o /dev/null "${auth[@]}" -d "{\"teamMemberId\":\"$m\",\"stakeholderId\":\"$s\",\"strength\":$((RANDOM % 5 + 1)),\"lastContact\":\"2026-01-15\",\"contactFrequencyDays\":30}" "$base/$account/relationships"
  done
done
echo "account $account: 20 team members, 50 stakeholders, 1000 relationships"

for path in relationship-map relationship-map/svg; do
  for _ in $(seq 1 50); do curl -sf -o /dev/null "${auth[@]}" "$base/$account/$path"; done # warm-up
  times=$(for _ in $(seq 1 "$requests"); do curl -sf -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$base/$account/$path"; done | sort -n)
  bytes=$(curl -sf "${auth[@]}" "$base/$account/$path" | wc -c)
  echo "$times" | awk -v path="$path" -v bytes="$bytes" '{ t[NR] = $1 * 1000 } END {
    printf "GET %-22s %d requests, %d bytes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      path, NR, bytes, t[int(NR * 0.50)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
done
