#!/usr/bin/env bash
# Run every evaluation task on the full dev sets in ../shared/eval and write the tables to out/eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
bin=.venv/bin/newsledger
mkdir -p out/eval
run() {  # task gold
  local name; name=$(basename "$2" .jsonl)
  echo "== $1 $2"
  "$bin" eval "$1" "$2" --errors "out/eval/$name.errors.jsonl" | tee "out/eval/$name.txt"
}
run seed "$shared/seed/article.txt"
run acled "$shared/eval/acled-gaza-dev.jsonl"
for g in "$shared"/eval/geo-*-dev.jsonl; do run geo "$g"; done
run time "$shared/eval/time-timebank-dev.jsonl"
run quotes "$shared/eval/quotes-polnear-dev.jsonl"
