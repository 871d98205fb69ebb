#!/usr/bin/env bash
# Builds a corpus for timing the batch (`lede extract --write DIR`, `--format jsonl`): COUNT
# articles (default 1000) made of the sample article and the GUM texts in ../shared/eval,
# written into DIR. The texts are read from there and never copied into the repository.
#   tests/bench/batch-corpus.sh /tmp/corpus 1000
#   time build/release/app/lede extract --write /tmp/corpus
set -euo pipefail
out=${1:?usage: $0 DIR [COUNT]}
count=${2:-1000}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
python3 - "$here" "$out" "$count" <<'PY'
import glob, json, os, sys
root, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(os.path.join(root, "resources/samples/brenner-asylum.txt"), encoding="utf-8").read()]
for path in sorted(glob.glob(os.path.join(root, "../shared/eval/gum/*/*.json"))):
    texts.append(json.load(open(path, encoding="utf-8"))["text"])
for i in range(count):
    with open(os.path.join(out, "article-%04d.txt" % i), "w", encoding="utf-8") as f:
        f.write(texts[i % len(texts)])
total = sum(len(texts[i % len(texts)].encode("utf-8")) for i in range(count))
print("%d articles, %.1f MB, in %s" % (count, total / 1e6, out))
PY
