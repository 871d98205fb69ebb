#!/usr/bin/env bash
# Build and test Lede inside a Debian 13 (trixie) build root.
#
#   packaging/debian13-root.sh [all|create|build|test|shell|clean|destroy|help]
#
# all (default)  create (or update) the root, then build and run the whole test suite in it
# create         make the root with debootstrap and install packaging/build-deps-debian13.txt
# build          configure (KSyntaxHighlighting ON) and build inside the root
# test           run ctest inside the root (offscreen Qt)
# shell          an interactive shell inside the root, mounts in place, in the source tree
# clean          remove the build directory inside the root
# destroy        remove the whole root
#
# The root lives outside the source tree and is reused: $LEDE_DEBIAN13_ROOT, by default
# /var/tmp/lede-debian13-root. The parent folder of the source tree is bind-mounted at
# /work-root inside it (so ../shared beside the source tree resolves as it does on the host);
# the build directory is /build inside the root, so host and root builds never mix.
#
# Environment:
#   LEDE_DEBIAN13_ROOT   where the root lives (default /var/tmp/lede-debian13-root)
#   LEDE_DEBIAN_MIRROR   Debian mirror (default: the one the host's apt uses)
#   LEDE_BUILD_TYPE      CMAKE_BUILD_TYPE inside the root (default RelWithDebInfo)
#   LEDE_CMAKE_ARGS      extra arguments for the configure step (word-split)
#   LEDE_CTEST_ARGS      extra arguments for ctest (word-split)
#   LEDE_JOBS            build and test parallelism (default: nproc)
#   LEDE_NICE            niceness of the build and tests (default 10)
#
# Must run as root (debootstrap, chroot and mount need it). Exits non-zero when the root
# cannot be made or the build or a test fails; every mount is undone on exit, failure or not.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd "$SCRIPT_DIR/.." && pwd -P)
SRC_PARENT=$(dirname "$SRC")
SRC_NAME=$(basename "$SRC")
ROOT=${LEDE_DEBIAN13_ROOT:-/var/tmp/lede-debian13-root}
ROOT=${ROOT%/}
SUITE=trixie
DEPS_FILE="$SCRIPT_DIR/build-deps-debian13.txt"
STAMP_BOOTSTRAP=.lede-bootstrap-done   # relative to $ROOT: debootstrap finished
STAMP_PACKAGES=.lede-packages          # relative to $ROOT: the package list installed
IN_WORK=/work-root                     # the source tree's parent, inside the root
IN_SRC="$IN_WORK/$SRC_NAME"
IN_BUILD=/build
BUILD_TYPE=${LEDE_BUILD_TYPE:-RelWithDebInfo}
JOBS=${LEDE_JOBS:-$(nproc)}
NICE=${LEDE_NICE:-10}

log() { printf '[debian13-root] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- timing
declare -a TIMINGS=()
PHASE_NAME=""
PHASE_START=0
phase_begin() { PHASE_NAME=$1; PHASE_START=$(date +%s); log "== $1"; }
phase_end() {
    local secs=$(( $(date +%s) - PHASE_START ))
    TIMINGS+=("$(printf '%-22s %4d s' "$PHASE_NAME" "$secs")")
    log "== $PHASE_NAME done in ${secs} s"
    PHASE_NAME=""
}
print_timings() {
    ((${#TIMINGS[@]})) || return 0
    log "timings:"
    local t
    for t in "${TIMINGS[@]}"; do log "  $t"; done
}

# ---------------------------------------------------------------- mounts
declare -a MOUNTED=()    # mount points we made, in order; undone in reverse

mount_one() {   # mount_one TARGET MOUNT-ARGS...
    local target=$1; shift
    mkdir -p "$target"
    mount "$@" "$target"
    MOUNTED+=("$target")
}

unmount_all() {
    local i target
    for ((i=${#MOUNTED[@]}-1; i>=0; i--)); do
        target=${MOUNTED[i]}
        if mountpoint -q "$target"; then
            umount "$target" 2>/dev/null || umount -l "$target" || log "warning: could not unmount $target"
        fi
    done
    MOUNTED=()
}

# Mount points under $ROOT, deepest first (also those a killed earlier run left behind).
mounts_under_root() {
    awk -v root="$ROOT" '{ gsub(/\\040/, " ", $5); if ($5 == root || index($5, root "/") == 1) print $5 }' \
        /proc/self/mountinfo | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-
}

unmount_stale() {
    local target
    while IFS= read -r target; do
        [[ -n $target ]] || continue
        log "unmounting $target, left by an earlier run"
        umount "$target" 2>/dev/null || umount -l "$target"
    done < <(mounts_under_root)
}

mount_root() {
    [[ ${#MOUNTED[@]} -eq 0 ]] || return 0
    unmount_stale
    mount_one "$ROOT/proc" -t proc proc
    mount_one "$ROOT/sys" -t sysfs -o ro sysfs
    mount_one "$ROOT/dev" --bind /dev
    if [[ -d /dev/pts ]]; then mount_one "$ROOT/dev/pts" --bind /dev/pts; fi
    mount_one "$ROOT/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev shm
    mount_one "$ROOT/run" -t tmpfs -o mode=0755,nosuid,nodev run
    mount_one "$ROOT$IN_WORK" --bind "$SRC_PARENT"
}

cleanup() {
    local rc=$?
    [[ -z $PHASE_NAME ]] || log "== $PHASE_NAME FAILED after $(( $(date +%s) - PHASE_START )) s"
    unmount_all
    print_timings
    exit "$rc"
}

# ---------------------------------------------------------------- chroot helpers
in_root() {   # run a command inside the root with a clean environment
    chroot "$ROOT" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" \
        DEBIAN_FRONTEND=noninteractive \
        QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/lede-xdg \
        CTEST_OUTPUT_ON_FAILURE=1 ${CI:+CI="$CI"} \
        "$@"
}

# ---------------------------------------------------------------- create
host_mirror() {
    # The Debian archive the host's apt already uses (not -security, not a third-party repo).
    local uri
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -oE '(https?)://[^ ]+/debian/?( |$)' | grep -v -- '-security' | head -n1 | tr -d ' ') || true
    echo "${uri%/}"
}

host_security_mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -oE '(https?)://[^ ]+/debian-security/?( |$)' | head -n1 | tr -d ' ') || true
    echo "${uri%/}"
}

wanted_packages() {
    [[ -f $DEPS_FILE ]] || die "missing $DEPS_FILE"
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$DEPS_FILE" | grep -v '^$' | sort -u
}

write_apt_config() {
    local root=$1 mirror=$2 security=$3
    rm -f "$root/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n' "$mirror" "$SUITE" "$SUITE"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [[ -n $security ]]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$security" "$SUITE"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } > "$root/etc/apt/sources.list.d/debian.sources"
    write_apt_prefs "$root"
}

write_apt_prefs() {
    local root=$1
    # A lean apt: no recommends, no translations, no AppStream (DEP-11) indexes (the appstream
    # package would otherwise make every apt-get update fetch them).
    cat > "$root/etc/apt/apt.conf.d/90lede" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::IndexTargets::deb::DEP-11 { DefaultEnabled "false"; };
Acquire::IndexTargets::deb::DEP-11-icons { DefaultEnabled "false"; };
Acquire::IndexTargets::deb::DEP-11-icons-small { DefaultEnabled "false"; };
Acquire::IndexTargets::deb::DEP-11-icons-large { DefaultEnabled "false"; };
Acquire::IndexTargets::deb::DEP-11-icons-hidpi { DefaultEnabled "false"; };
Acquire::IndexTargets::deb::DEP-11-icons-large-hidpi { DefaultEnabled "false"; };
Dpkg::Use-Pty "0";
EOF
    # No service may start inside the root.
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}

bootstrap() {
    local mirror security partial="$ROOT.partial"
    mirror=${LEDE_DEBIAN_MIRROR:-$(host_mirror)}
    mirror=${mirror:-http://deb.debian.org/debian}
    security=$(host_security_mirror)
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap on the host"
        apt-get install -y -q debootstrap >/dev/null ||
            { apt-get update -q >/dev/null && apt-get install -y -q debootstrap >/dev/null; } ||
            die "debootstrap is not installed and could not be (apt-get install debootstrap)"
    fi
    [[ -e /usr/share/debootstrap/scripts/$SUITE ]] || die "this debootstrap does not know $SUITE"

    if [[ -e $ROOT && ! -e $ROOT/$STAMP_BOOTSTRAP ]]; then
        # Never remove a folder this script did not make (it builds in $ROOT.partial and
        # renames it only when debootstrap has finished).
        die "$ROOT exists but is not a Lede build root: remove it or set LEDE_DEBIAN13_ROOT"
    fi
    [[ -e $ROOT ]] && return 0

    phase_begin "debootstrap"
    [[ ! -e $partial ]] || remove_tree "$partial"
    mkdir -p "$(dirname "$ROOT")"
    log "debootstrap --variant=minbase $SUITE $partial $mirror"
    local keyring=()
    [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] &&
        keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
    if ! debootstrap --variant=minbase "${keyring[@]}" "$SUITE" "$partial" "$mirror" \
            > "$(dirname "$ROOT")/lede-debootstrap.log" 2>&1; then
        tail -n 30 "$(dirname "$ROOT")/lede-debootstrap.log" >&2
        die "debootstrap failed (log: $(dirname "$ROOT")/lede-debootstrap.log)"
    fi
    write_apt_config "$partial" "$mirror" "$security"
    date -u +%FT%TZ > "$partial/$STAMP_BOOTSTRAP"
    mv "$partial" "$ROOT"
    phase_end
}

install_packages() {
    local want have
    want=$(wanted_packages)
    have=$(cat "$ROOT/$STAMP_PACKAGES" 2>/dev/null || true)
    if [[ $want == "$have" ]]; then
        log "packages up to date ($(wc -l <<<"$want") listed in $(basename "$DEPS_FILE"))"
        return 0
    fi
    phase_begin "apt-get install"
    mount_root
    local -a pkgs
    mapfile -t pkgs <<<"$want"
    write_apt_prefs "$ROOT"
    in_root apt-get update -q
    in_root apt-get upgrade -y -q
    # Fail early and clearly on a name trixie does not have.
    local missing=() p
    for p in "${pkgs[@]}"; do
        in_root apt-cache show --no-all-versions "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    ((${#missing[@]} == 0)) || die "not in $SUITE: ${missing[*]} (fix $DEPS_FILE)"
    in_root apt-get install -y -q --no-install-recommends "${pkgs[@]}"
    in_root apt-get clean
    printf '%s\n' "$want" > "$ROOT/$STAMP_PACKAGES"
    phase_end
}

remove_tree() {
    local dir=$1
    [[ -n $dir && $dir != / ]] || die "refusing to remove '$dir'"
    local saved_root=$ROOT
    ROOT=$dir unmount_stale
    ROOT=$saved_root
    if [[ -n $(ROOT=$dir mounts_under_root) ]]; then
        die "something is still mounted under $dir; not removing it"
    fi
    rm -rf --one-file-system "$dir"
}

cmd_create() {
    bootstrap
    install_packages
}

require_root_ready() {
    [[ -e $ROOT/$STAMP_BOOTSTRAP && -e $ROOT/$STAMP_PACKAGES ]] ||
        die "no build root at $ROOT yet: run '$0 create' first"
}

# ---------------------------------------------------------------- build / test
cmd_build() {
    require_root_ready
    mount_root
    # A build directory configured from another source tree (say, a CI clone in another
    # folder) cannot be reused: start it afresh.
    local owner="$ROOT$IN_BUILD/.lede-host-source"
    if [[ -e $ROOT$IN_BUILD && "$(cat "$owner" 2>/dev/null || true)" != "$SRC" ]]; then
        log "$IN_BUILD was built from another source tree: starting it afresh"
        rm -rf --one-file-system "${ROOT:?}$IN_BUILD"
    fi
    mkdir -p "$ROOT$IN_BUILD"
    printf '%s\n' "$SRC" > "$owner"
    phase_begin "configure"
    # shellcheck disable=SC2086
    in_root nice -n "$NICE" cmake -S "$IN_SRC" -B "$IN_BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
        -DLEDE_WITH_KSYNTAXHIGHLIGHTING=ON \
        -DLEDE_BUILD_TESTS=ON \
        ${LEDE_CMAKE_ARGS:-}
    phase_end
    phase_begin "build"
    in_root nice -n "$NICE" cmake --build "$IN_BUILD" --parallel "$JOBS"
    phase_end
}

cmd_test() {
    require_root_ready
    [[ -f $ROOT$IN_BUILD/CTestTestfile.cmake ]] || die "nothing built in the root yet: run '$0 build' first"
    mount_root
    phase_begin "test"
    in_root mkdir -p -m 0700 /run/lede-xdg
    # shellcheck disable=SC2086
    in_root nice -n "$NICE" ctest --test-dir "$IN_BUILD" --output-on-failure \
        --parallel "$JOBS" --no-tests=error ${LEDE_CTEST_ARGS:-}
    phase_end
}

cmd_shell() {
    require_root_ready
    mount_root
    in_root mkdir -p -m 0700 /run/lede-xdg
    log "shell in the Debian 13 root; source at $IN_SRC, build at $IN_BUILD; exit to leave"
    in_root /bin/bash -c "cd '$IN_SRC' && exec /bin/bash -i" || true
}

cmd_clean() {
    [[ -d $ROOT ]] || return 0
    unmount_stale
    rm -rf --one-file-system "${ROOT:?}$IN_BUILD"
    log "removed $ROOT$IN_BUILD"
}

cmd_destroy() {
    [[ -e $ROOT || -e $ROOT.partial ]] || { log "no root at $ROOT"; return 0; }
    [[ ! -e $ROOT ]] || remove_tree "$ROOT"
    [[ ! -e $ROOT.partial ]] || remove_tree "$ROOT.partial"
    log "removed $ROOT"
}

# ---------------------------------------------------------------- main
main() {
    local cmd=${1:-all}
    case $cmd in
        help|-h|--help) usage; return 0 ;;
        all|create|build|test|shell|clean|destroy) ;;
        *) usage >&2; return 2 ;;
    esac
    [[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, chroot and mount need it)"
    case $ROOT/ in
        "$SRC"/*) die "the root must live outside the source tree ($ROOT is inside $SRC)" ;;
    esac

    # One run at a time per root: they share the mounts and /build.
    mkdir -p "$(dirname "$ROOT")"
    exec 9>"$ROOT.lock"
    if ! flock -n 9; then
        log "another run is using $ROOT; waiting for it"
        flock 9
    fi
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP

    log "root $ROOT, source $SRC -> $IN_SRC, build $IN_BUILD ($BUILD_TYPE, -j$JOBS)"
    case $cmd in
        all) cmd_create; cmd_build; cmd_test ;;
        create) cmd_create ;;
        build) cmd_build ;;
        test) cmd_test ;;
        shell) cmd_shell ;;
        clean) cmd_clean ;;
        destroy) cmd_destroy ;;
    esac
}

main "$@"
