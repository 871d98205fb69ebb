#!/bin/sh
# Regenerates the reference exports of tests/data/exchange/expected/ from the articles here and
# their committed sidecars (the sidecars are inputs: they are never regenerated, so extractor
# changes do not move these files). Run after an intended change of an exporter, then review
# the diff before committing:
#   tests/data/exchange/regenerate.sh BUILD_DIR
# BUILD_DIR is a configured and built build tree (it holds lede_exchange_tests).
set -eu
build=${1:?usage: regenerate.sh BUILD_DIR}
tests=$(find "$build" -name lede_exchange_tests -type f -perm -u+x | head -n 1)
[ -n "$tests" ] || { echo "lede_exchange_tests not found in $build (build it first)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/expected"
LEDE_REGENERATE_REFERENCES=1 "$tests" --gtest_filter='AllFormats/ExportReference.MatchesTheReferenceFile/*' >/dev/null
echo "regenerated:"
ls "$here/expected"
