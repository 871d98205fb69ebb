#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, clang) and runs each for SECONDS (default 30)
# on a seed corpus made from the test data. Fails on the first crash, leak or timeout.
set -euo pipefail
seconds=${1:-30}
cd "$(dirname "$0")/../.."
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=build/fuzz/corpus
mkdir -p "$work/sidecar" "$work/extract"
cp resources/samples/*.txt tests/schema/emoji-article.txt "$work/extract/" 2>/dev/null || true
build/fuzz/app/lede extract resources/samples/brenner-asylum.txt -o "$work/sidecar/sample.json"
build/fuzz/app/lede extract tests/schema/emoji-article.txt -o "$work/sidecar/emoji.json"
for target in build/fuzz/tests/fuzz/lede_*_fuzz; do
    name=$(basename "$target" _fuzz)
    corpus="$work/${name#lede_}"
    mkdir -p "$corpus"
    echo "fuzzing $(basename "$target") for ${seconds}s"
    "$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    [[ ${PIPESTATUS[0]} -eq 0 ]] || { echo "$(basename "$target") failed" >&2; exit 1; }
done
