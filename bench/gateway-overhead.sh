#!/usr/bin/env bash
# What the gateway adds to a request: the same GET (one page of accounts) straight to account-service and through the
# gateway, one at a time (latency percentiles) and from several clients at once (throughput). Needs the platform
# running (deploy/local/run). The gateway's rate limit is for clients, not for this: run the platform with
# KAM_RATE_LIMIT=1000000 KAM_RATE_BURST=1000000 when measuring.
# Usage: bench/gateway-overhead.sh [requests, default 5000] [clients, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${KAM_DATA_DIR:-.kam}"
token=$(grep '^viewer=' "$data/demo-tokens.properties" | cut -d= -f2-)
java bench/gateway/GatewayOverhead.java \
  "${KAM_ACCOUNT_URL:-http://localhost:8081}/api/v1/accounts?limit=1" \
  "${KAM_GATEWAY_URL:-http://localhost:8080}/api/v1/accounts?limit=1" \
  "$token" "${1:-5000}" "${2:-16}"
