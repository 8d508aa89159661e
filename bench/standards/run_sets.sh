#!/bin/sh
# Runs the engine (through `standards-bench check`, the same BatchChecker as `newsdesk standards check`) over labelled
# sets and scores them. Usage: bench/standards/run_sets.sh [BINARY] SET... (SET = holdout, blind2 … blind9, comments,
# stress); prints evaluate.py's table for all of them together. Add --errors to list disagreements.
set -e
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/debug/standards-bench}
D=bench/standards/devset
A=$D/articles.jsonl
OUT=${TMPDIR:-/tmp}/standards-sets
mkdir -p "$OUT"
PAIRS=""
FLAGS=""
for s in "$@"; do
  case "$s" in --*) FLAGS="$FLAGS $s"; continue;; esac
  for lang in en ru; do
    f=$D/${s}_$lang.jsonl
    [ -f "$f" ] || continue
    "$BIN" check --language $lang --articles $A < "$f" > "$OUT/${s}_$lang.v"
    PAIRS="$PAIRS $f $OUT/${s}_$lang.v"
  done
done
python3 bench/standards/evaluate.py $PAIRS $FLAGS
