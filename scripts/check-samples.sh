#!/usr/bin/env bash
# Runs `polyglot check` on each folder of real ADRs in ../shared/adr-samples (copied from public repositories; see
# its README) and asserts what issue 11 fixed: exit 0, no finding, and the number of ADRs found, so a layout that
# check stops recognising fails here. The samples are never copied into this repository.
# Usage: scripts/check-samples.sh [SAMPLES_DIR]   (default: ../shared/adr-samples beside this checkout)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
samples=${1:-$(dirname "$PWD")/shared/adr-samples}
if [ ! -d "$samples" ]; then echo "check-samples: no samples folder at $samples" >&2; exit 2; fi
polyglot=./polyglot

# folder -> ADRs check must find there (templates, index pages and sub-pages of a folder ADR are not ADRs)
declare -A expected=(
  [KottiswaranKarthik__ChallengeApp]=6   # adr-tools, CRLF line ends
  [adr__madr]=19                         # MADR 4 front matter; adr-template.md and template/ are not counted
  [adr__madr/template]=1                 # the templates themselves are not ADRs; its example ADR is
  [backstage__backstage]=13              # adrNNN-title.md, Docusaurus front matter; adr000-template.md is not counted
  [eclipse-edc__Connector]=106           # YYYY-MM-DD-slug/README.md folders (two with '_'); sub-pages not counted
  [npryce__adr-tools]=9                  # Nygard
  [thomvaill__log4brains]=26             # YYYYMMDD-slug.md, nested; template.md and adr_with_a_WeIrd-filename.md not counted
)

failures=0
checked=0
folders=$(cd "$samples" && find . -mindepth 1 -maxdepth 1 -type d | sed 's|^\./||' | sort)
if [ -d "$samples/adr__madr/template" ]; then folders="$folders adr__madr/template"; fi
for folder in $folders; do
  checked=$((checked + 1))
  want=${expected[$folder]:-}
  if [ -z "$want" ]; then
    echo "FAIL $folder: no expected ADR count; count its ADRs by hand and add it to scripts/check-samples.sh"
    failures=$((failures + 1)); continue
  fi
  status=0
  json=$($polyglot check "$samples/$folder" --format json 2>/dev/null) || status=$?
  found=$(sed -n 's/^ *"adrs_found" : \([0-9]*\).*/\1/p' <<< "$json")
  findings=$(grep -c '"rule" :' <<< "$json" || true)
  if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ] || [ "$found" != "$want" ]; then
    echo "FAIL $folder: exit $status, $findings findings, ${found:-no} ADRs found (expected exit 0, no finding, $want ADRs)"
    $polyglot check "$samples/$folder" 2>&1 | sed 's/^/    /' | head -20 || true
    failures=$((failures + 1))
  else
    echo "ok   $folder: $found ADRs found, no finding"
  fi
done
for folder in "${!expected[@]}"; do
  [ -d "$samples/$folder" ] || echo "note $folder: listed here but not in $samples"
done
echo "check-samples: $checked folders checked, $failures failed"
[ "$failures" -eq 0 ]
