#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, clang) and runs each for SECONDS (default 30),
# starting from the seeds in tests/fuzz/seeds/<name>/ and the test data of its format. Fails on the
# first crash, leak or timeout; the input that caused it is left in build/fuzz/.
set -euo pipefail
seconds=${1:-30}
cd "$(dirname "$0")/../.."
cmake --preset fuzz >/dev/null
targets=$(cmake --build --preset fuzz --target help | sed -n 's/^\(lede_[a-z]*_fuzz\):.*/\1/p')
cmake --build --preset fuzz --target $targets
for target in $targets; do
    name=${target#lede_}
    name=${name%_fuzz}
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    [[ -d tests/fuzz/seeds/$name ]] && cp -r tests/fuzz/seeds/$name/. "$corpus/"
    # The test data of each input format doubles as its seeds.
    case $name in
        extract) cp resources/samples/*.txt tests/schema/emoji-article.txt "$corpus/" ;;
        html) cp tests/data/import/*.html "$corpus/" ;;
        markdown) cp tests/data/import/*.md "$corpus/" ;;
    esac
    echo "fuzzing $target for ${seconds}s"
    (cd build/fuzz && ./tests/fuzz/$target -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "corpus/$name" > "fuzz-$name.log" 2>&1) || {
        # The sanitizer's report first (where it failed, the stack), then how the run ended.
        grep -A 24 -E '^==[0-9]+==ERROR|^SUMMARY' "build/fuzz/fuzz-$name.log" | head -n 60 >&2 || true
        tail -n 12 "build/fuzz/fuzz-$name.log" >&2
        echo "$target failed" >&2
        exit 1
    }
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "build/fuzz/fuzz-$name.log" || true
done
