#!/usr/bin/env bash
# Regenerates examples/adr/<system>/{passing,failing} for every examples/<system>.yml from what `polyglot advise`
# proposes today (walletkart's folders are written by hand and left alone). Run it after the advisor's answers
# change, then review the diff: the passing folder is advise's ADR, accepted; the failing one is the same
# portfolio less the first engine whose absence `polyglot check` reports as unserved-workload.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
polyglot=./polyglot
for file in examples/*.yml; do
  system=$(basename "$file" .yml)
  [ "$system" = walletkart ] && continue
  passing=examples/adr/$system/passing
  failing=examples/adr/$system/failing
  rm -rf "examples/adr/$system"
  mkdir -p "$passing" "$failing"
  $polyglot advise "$file" --adr "$passing" >/dev/null 2>&1 || { echo "$system: advise leaves workloads unserved; no folders" >&2; rm -rf "examples/adr/$system"; continue; }
  adr=$(ls "$passing"/*.md)
  sed -i -e '0,/^status: proposed$/s//status: accepted/' \
      -e 's/^Proposed by `polyglot advise`. Set `status: accepted` once the team agrees; `polyglot check` then keeps it true.$/Accepted. Written by `polyglot advise --adr`; `polyglot check` keeps it true as the workloads change./' "$adr"
  engines=$(sed -n 's/^portfolio: \[\(.*\)\]$/\1/p' "$adr")
  for drop in ${engines//,/ }; do
    rest=$(echo "$engines" | tr -d ' ' | tr ',' '\n' | { grep -vx "$drop" || true; } | paste -sd, - | sed 's/,/, /g')
    out=$failing/0001-drop-$drop.md
    rm -f "$failing"/*.md
    # the front matter without routes (they name the dropped engine), then a short body saying what is wrong
    awk -v rest="$rest" 'NR == 1 { print; next } /^---$/ { print; exit } /^portfolio:/ { print "portfolio: [" rest "]"; next }
         /^routes:$/ { skip = 1; next } skip && /^  / { next } { skip = 0; print }' "$adr" > "$out"
    printf '# 1. Drop %s from the %s portfolio\n\nThe portfolio `polyglot advise` proposes, less %s. `polyglot check` fails it with `unserved-workload`: some workload needs what only %s gives it here.\n' \
      "$drop" "$system" "$drop" "$drop" >> "$out"
    found=$($polyglot check "$failing" --format json || true)   # exit 1 is the point here
    if grep -q '"unserved-workload"' <<< "$found"; then echo "$system: failing folder drops $drop"; break; fi
  done
done
