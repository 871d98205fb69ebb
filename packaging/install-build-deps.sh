#!/usr/bin/env bash
# Installs everything Lede needs to build, test and run on Debian 12 (bookworm) or 13
# (trixie), from Debian's own packages. Safe to run again: apt skips what is there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkgconf git
    qt6-base-dev qt6-base-dev-tools libgl-dev libxkbcommon-dev
    qt6-svg-dev                        # ui: the report's SVG charts when printing it to PDF
    libgtest-dev libgmock-dev libbenchmark-dev
    clang libclang-rt-dev              # libFuzzer targets
    appstream desktop-file-utils       # validating the desktop and metainfo files
    python3-jsonschema                 # validating sidecars against docs/sidecar.schema.json
    fonts-dejavu-core                  # glyphs for offscreen rendering tests
    debootstrap                        # the Debian 13 build root used by .ci/run
    file dpkg-dev                      # CPack's .deb generator
    libgumbo-dev libmd4c-dev libuchardet-dev libicu-dev libpoppler-qt6-dev   # core/import
)
# KSyntaxHighlighting for Qt 6 exists from Debian 13 on; on 12 Lede builds without it.
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
    packages+=(libkf6syntaxhighlighting-dev)
fi

run_as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -q
# Once more after the update, now that the package lists are fresh.
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1 && [[ ! " ${packages[*]} " == *" libkf6syntaxhighlighting-dev "* ]]; then
    packages+=(libkf6syntaxhighlighting-dev)
fi
run_as_root apt-get install -y -q --no-install-recommends "${packages[@]}"
