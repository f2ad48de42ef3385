#!/usr/bin/env bash
# Prints how long the real PostgreSQL and Kafka of platform/infra take to start: a cold start on an empty data
# folder (initdb, storage format), then a warm start on the data the first left. Needs a build (./mvnw install).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
data=$(mktemp -d "$PWD/.cache/bench-infra-XXXXXX")
classpath="$data/classpath"
./mvnw -B -q -o -pl platform/infra dependency:build-classpath -Dmdep.outputFile="$classpath"
for run in cold warm; do
  log="$data/$run.log"
  KAM_DATA_DIR="$data/kam" KAM_PG_PORT=25432 KAM_KAFKA_PORT=29092 \
    java -cp "platform/infra/target/classes:$(cat "$classpath")" kam.platform.infra.InfraLauncher >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do grep -q "Ctrl-C stops both" "$log" && break; sleep 0.5; done
  echo "$run start:"
  grep -E "^(PostgreSQL|Kafka)" "$log" | sed -E 's/^(PostgreSQL|Kafka) +[^ ]+.*\(ready in ([0-9]+) ms\)/  \1 \2 ms/'
  kill -TERM "$pid"
  wait "$pid" || true
done
rm -rf "$data"
