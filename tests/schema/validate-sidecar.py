#!/usr/bin/env python3
"""Validates a sidecar against docs/sidecar.schema.json, and checks what JSON Schema cannot:
every start <= end <= article length, and every quote's exact text equals the article's text at
its code-point offsets. Usage: validate-sidecar.py SCHEMA SIDECAR [ARTICLE]"""
import json
import sys

import jsonschema


def main():
    schema_path, sidecar_path = sys.argv[1], sys.argv[2]
    schema = json.load(open(schema_path, encoding="utf-8"))
    sidecar = json.load(open(sidecar_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(sidecar), key=lambda e: list(e.path))
    for e in errors[:20]:
        print(f"{sidecar_path}: $.{'.'.join(map(str, e.path))}: {e.message}")
    if errors:
        return 1
    length = sidecar["article"]["length"]
    text = None
    if len(sys.argv) > 3:
        text = open(sys.argv[3], encoding="utf-8-sig", newline="").read()
        if len(text) != length:
            print(f"article length {length} but the text has {len(text)} code points")
            return 1
    for i, a in enumerate(sidecar["annotations"]):
        if not a["start"] <= a["end"] <= length:
            print(f"$.annotations[{i}]: start {a['start']} end {a['end']} outside 0..{length}")
            return 1
        if text is not None and not a.get("orphaned") and text[a["start"]:a["end"]] != a["quote"]["exact"]:
            print(f"$.annotations[{i}]: text at {a['start']}..{a['end']} is {text[a['start']:a['end']]!r}, quote says {a['quote']['exact']!r}")
            return 1
    print(f"{sidecar_path}: valid ({len(sidecar['annotations'])} annotations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
