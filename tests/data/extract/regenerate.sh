#!/bin/sh
# Regenerates the expected extraction dumps of tests/data/extract/ from their .txt inputs.
# Run after an intended change of extraction behaviour, then review the diff before committing:
#   tests/data/extract/regenerate.sh BUILD_DIR
# BUILD_DIR is a configured and built build tree (it holds lede_extract_dump).
set -eu
build=${1:?usage: regenerate.sh BUILD_DIR}
dump=$(find "$build" -name lede_extract_dump -type f -perm -u+x | head -n 1)
[ -n "$dump" ] || { echo "lede_extract_dump not found in $build (build it first)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
for input in "$here"/*.txt; do
    "$dump" "$input" > "${input%.txt}.expected"
    echo "regenerated ${input%.txt}.expected"
done
