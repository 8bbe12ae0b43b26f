#!/usr/bin/env bash
# The clean-machine check: does the .deb install and work on a minimal Debian that has never
# seen Swift? It makes a minimal Debian root with debootstrap (from the Debian mirror and suite
# this machine's apt uses), installs the .deb in a chroot with apt, runs `--version`,
# `validate` of the Squad and Enterprise examples and the README quickstart plan against the embedded simulator, then
# removes the package with `dpkg -r` and checks every file it installed is gone.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/check-clean-machine.sh [DEB]

DEB defaults to the one dist/zephyr-fields_*.deb that scripts/release.sh made. Run as root
(debootstrap and chroot need it). Needs debootstrap (apt-get install debootstrap).

The minimal root is made once (2-4 minutes) and cached as a tarball in $CLEANROOT_CACHE
(default /var/cache/zephyr-fields-cleanroot); each check unpacks a fresh copy of it, so no
run sees what an earlier one installed. Delete the cache to start from the mirror again.
EOF
}

case "${1:-}" in -h|--help) usage; exit 0 ;; esac
[[ $# -le 1 ]] || { echo "check-clean-machine.sh: at most one argument, the .deb (see --help)." >&2; exit 64; }

root_dir="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -eq 1 ]]; then
    deb="$(realpath "$1")"
else
    shopt -s nullglob
    debs=("$root_dir"/dist/zephyr-fields_*.deb)
    [[ ${#debs[@]} -eq 1 ]] || { echo "check-clean-machine.sh: expected one dist/zephyr-fields_*.deb, found ${#debs[@]}; run scripts/release.sh or name the .deb." >&2; exit 1; }
    deb="${debs[0]}"
fi
[[ -f "$deb" ]] || { echo "check-clean-machine.sh: no such file: $deb" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "check-clean-machine.sh: run as root (debootstrap and chroot need it)." >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-clean-machine.sh: debootstrap is not installed (apt-get install debootstrap)." >&2; exit 1; }

started=$(date +%s)
arch="$(dpkg --print-architecture)"
# The mirror and suite come from this machine's own apt configuration: the first 'main'
# component of a suite without a '-updates'/'-security' suffix.
read -r mirror suite < <(apt-get indextargets --format '$(REPO_URI) $(CODENAME) $(COMPONENT) $(IDENTIFIER)' \
    | awk '$3 == "main" && $4 == "Packages" && $2 !~ /-/ { print $1, $2; exit }') || true
[[ -n "${mirror:-}" && -n "${suite:-}" ]] || { echo "check-clean-machine.sh: apt knows no Debian 'main' suite; run apt-get update first." >&2; exit 1; }

cache="${CLEANROOT_CACHE:-/var/cache/zephyr-fields-cleanroot}"
tarball="$cache/$suite-$arch-minbase.tar.gz"
work="$(mktemp -d /tmp/zf-cleanroot.XXXXXX)"
chroot_dir="$work/root"
cleanup() {
    # Unmount whatever is still mounted inside the root (our /proc, or debootstrap's own if it
    # died), deepest first, before deleting; --one-file-system keeps rm out of any mount left.
    local mounts
    mounts="$(findmnt -rn -o TARGET | grep "^$chroot_dir/" | sort -r || true)"
    [[ -z "$mounts" ]] || umount -l $mounts || true
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

if [[ ! -f "$tarball" ]]; then
    echo "== debootstrap --variant=minbase $suite ($arch) from the mirror apt uses; cached in $tarball"
    mkdir -p "$cache"
    debootstrap --variant=minbase --arch="$arch" "$suite" "$chroot_dir" "$mirror" > "$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; echo "check-clean-machine.sh: debootstrap failed (log above)." >&2; exit 1; }
    tar -C "$chroot_dir" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
else
    echo "== fresh minimal $suite root from $tarball"
    mkdir -p "$chroot_dir"
    tar -C "$chroot_dir" -xzf "$tarball"
fi
mount -t proc proc "$chroot_dir/proc"
# apt writes its terminal log through a pty; a private devpts instance leaves the host's alone.
mkdir -p "$chroot_dir/dev/pts"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$chroot_dir/dev/pts"

in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
step() { echo; echo "\$ $*"; }

echo "== the root has no Swift"
if in_root sh -c 'command -v swift || ls -d /usr/lib/swift /usr/share/swift' 2>/dev/null; then
    echo "check-clean-machine.sh: the minimal root unexpectedly has Swift; the check would prove nothing." >&2
    exit 1
fi
echo "no swift, no /usr/lib/swift"

mkdir -p "$chroot_dir/root/check"
cp "$deb" "$chroot_dir/root/check/"
cp -r "$root_dir/examples" "$chroot_dir/root/check/"
deb_name="$(basename "$deb")"

step apt-get install /root/check/$deb_name
# apt installs a local .deb and checks its Depends against what is installed; the root has no
# package lists, so a dependency missing from minimal Debian fails here ("unmet dependencies")
# instead of being downloaded.
in_root apt-get install -y "/root/check/$deb_name" > "$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; echo "check-clean-machine.sh: apt could not install $deb_name (log above)." >&2; exit 1; }
grep -E '^(Setting up|Unpacking) ' "$work/install.log"
in_root dpkg-query -W -f='${Package} ${Version} ${Architecture}: ${Status}; Depends: ${Depends}\n' zephyr-fields
in_root dpkg -L zephyr-fields | while read -r path; do if [[ -f "$chroot_dir$path" ]]; then echo "$path"; fi; done | tee "$work/files"

step ldd /usr/bin/zephyr-fields
in_root ldd /usr/bin/zephyr-fields
if in_root ldd /usr/bin/zephyr-fields | grep -q 'not found'; then
    echo "check-clean-machine.sh: the binary needs a library minimal Debian does not have (above)." >&2; exit 1
fi

step zephyr-fields --version
in_root zephyr-fields --version

step zephyr-fields validate examples/multi-project, then examples/enterprise
in_root sh -c 'cd /root/check && zephyr-fields validate examples/multi-project && zephyr-fields validate examples/enterprise'

step zephyr-fields plan --server simulator:demo.json examples/multi-project
in_root sh -c 'cd /root/check && zephyr-fields plan --server simulator:demo.json examples/multi-project --no-color' > "$work/plan.txt"
head -5 "$work/plan.txt"; echo "[...]"; tail -1 "$work/plan.txt"
grep -q '^Plan: ' "$work/plan.txt" || { echo "check-clean-machine.sh: the quickstart plan printed no 'Plan:' summary." >&2; exit 1; }

step dpkg -r zephyr-fields
in_root dpkg -r zephyr-fields
left=0
while read -r path; do
    if [[ -e "$chroot_dir$path" ]]; then echo "left behind: $path" >&2; left=1; fi
done < "$work/files"
[[ $left -eq 0 ]] || { echo "check-clean-machine.sh: dpkg -r left files behind (listed above)." >&2; exit 1; }
status="$(in_root dpkg-query -W -f='${db:Status-Abbrev}' zephyr-fields 2>/dev/null || true)"
[[ -z "$status" || "$status" == un* ]] || { echo "check-clean-machine.sh: after dpkg -r the package status is '$status', not removed." >&2; exit 1; }
if in_root sh -c 'command -v zephyr-fields' >/dev/null; then
    echo "check-clean-machine.sh: zephyr-fields is still on PATH after dpkg -r." >&2; exit 1
fi
echo "removed: all $(wc -l < "$work/files") installed files are gone, zephyr-fields is not on PATH"

echo
echo "clean-machine check passed: $deb_name on minimal Debian $suite ($arch), $(( $(date +%s) - started )) s"
