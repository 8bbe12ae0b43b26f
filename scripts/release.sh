#!/usr/bin/env bash
# Builds a release of zephyr-fields into dist/:
#   zephyr-fields-VERSION-linux-ARCH.tar.gz         stripped static-stdlib binary, LICENSE, README.md,
#                                                   completions/ (bash, zsh, fish), man/zephyr-fields.1
#   zephyr-fields-VERSION-linux-ARCH.tar.gz.sha256  for `sha256sum -c`
#   zephyr-fields_VERSION_DEBARCH.deb               the same files in their Debian places
#   SHA256SUMS                                      both archives
# The build is of one commit (HEAD), exported outside the working tree, so the binary's
# `--version` names exactly what it was built from and the working tree is never modified.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/release.sh [--allow-dirty]

Builds dist/ (tarball, its .sha256, .deb, SHA256SUMS) from the commit checked out (HEAD) for
this machine's architecture. Takes about 10 minutes on 2 cores the first time; later runs
reuse .build-release/.

  --allow-dirty  build the working tree's uncommitted changes to tracked files too; the
                 version then says "commit <hash>-dirty". Untracked files are never built.

Environment: MAINTAINER overrides the .deb's Maintainer field.
Needs: swift, git, strip, dpkg-deb and dpkg-shlibdeps (apt-get install dpkg-dev).
EOF
}

allow_dirty=false
for arg in "$@"; do
    case "$arg" in
        --allow-dirty) allow_dirty=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "release.sh: unknown argument '$arg' (see --help)." >&2; exit 64 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
for tool in swift git strip dpkg-deb dpkg-shlibdeps sha256sum gzip tar; do
    command -v "$tool" >/dev/null || { echo "release.sh: '$tool' is not installed (dpkg-deb and dpkg-shlibdeps come with 'apt-get install dpkg-dev')." >&2; exit 1; }
done

version="$(sed -n 's/^ *static let version = "\(.*\)"$/\1/p' Sources/zephyr-fields/ZephyrFields.swift)"
[[ -n "$version" ]] || { echo "release.sh: no 'static let version = \"...\"' in Sources/zephyr-fields/ZephyrFields.swift." >&2; exit 1; }
maintainer="${MAINTAINER:-zephyr-fields maintainers <dev@zephyr-fields.local>}"
arch="$(uname -m)"                             # tarball name: x86_64, aarch64
deb_arch="$(dpkg --print-architecture)"        # .deb name and control: amd64, arm64

# What to build: HEAD, or with --allow-dirty a commit object of the working tree's tracked
# changes made by `git stash create` (which changes no ref, index or file).
ref=HEAD
label="$(git rev-parse --short=12 HEAD)"
if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
    if ! $allow_dirty; then
        echo "release.sh: the working tree has uncommitted changes; commit them or pass --allow-dirty." >&2
        exit 1
    fi
    ref="$(git stash create)"
    label="$label-dirty"
fi
commit_epoch="$(git show -s --format=%ct HEAD)"   # timestamps inside the archives, for reproducibility
commit_date="$(git show -s --format=%cs HEAD)"

work="$root/.build-release"
src="$work/src"
mkdir -p "$work" "$src"
echo "== export $label to $src"
# A private index makes `read-tree -u` act like a checkout into $src: it rewrites only the files
# that differ from the last export (so the incremental build stays incremental) and deletes the
# ones the commit no longer has. The repository's own index and work tree are not touched.
GIT_INDEX_FILE="$work/export.index" git --work-tree="$src" read-tree --reset -u "$ref"
cat > "$src/Sources/zephyr-fields/BuildInfo.swift" <<EOF
// Written by scripts/release.sh for the release build of $(git rev-parse "$ref").
enum BuildInfo {
    static let commit = "commit $label"
}
EOF

echo "== swift build -c release --static-swift-stdlib (zephyr-fields $version, commit $label)"
swift build -c release --static-swift-stdlib --product zephyr-fields \
    --package-path "$src" --scratch-path "$work/build"
binary="$work/build/release/zephyr-fields"

# The man page comes from swift-argument-parser's own generate-manual tool, built from the
# checkout the build above resolved (the same version the binary links); it reads the binary's
# --experimental-dump-help. Built once in debug: it only formats text.
echo "== generate-manual (swift-argument-parser)"
swift build --product generate-manual \
    --package-path "$work/build/checkouts/swift-argument-parser" --scratch-path "$work/generate-manual"
generate_manual="$work/generate-manual/debug/generate-manual"

name="zephyr-fields-$version-linux-$arch"
rm -rf dist
stage="dist/$name"
mkdir -p "$stage/completions" "$stage/man"
strip --strip-all -o "$stage/zephyr-fields" "$binary"
chmod 0755 "$stage/zephyr-fields"
cp "$src/LICENSE" "$src/README.md" "$stage/"
"$stage/zephyr-fields" --generate-completion-script bash > "$stage/completions/zephyr-fields.bash"
"$stage/zephyr-fields" --generate-completion-script zsh > "$stage/completions/_zephyr-fields"
"$stage/zephyr-fields" --generate-completion-script fish > "$stage/completions/zephyr-fields.fish"
"$generate_manual" "$stage/zephyr-fields" --date "$commit_date" --section 1 --output-directory "$stage/man"
[[ -s "$stage/man/zephyr-fields.1" ]] || { echo "release.sh: generate-manual wrote no man/zephyr-fields.1." >&2; exit 1; }
find "$stage" -type d -exec chmod 0755 {} + && find "$stage" -type f ! -name zephyr-fields -exec chmod 0644 {} +

echo "== $name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$commit_epoch" -C dist -cf - "$name" \
    | gzip -9n > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

echo "== zephyr-fields_${version}_$deb_arch.deb"
deb="$work/deb"
rm -rf "$deb"
install -D -m 0755 "$stage/zephyr-fields" "$deb/usr/bin/zephyr-fields"
install -D -m 0644 "$stage/completions/zephyr-fields.bash" "$deb/usr/share/bash-completion/completions/zephyr-fields"
install -D -m 0644 "$stage/completions/_zephyr-fields" "$deb/usr/share/zsh/vendor-completions/_zephyr-fields"
install -D -m 0644 "$stage/completions/zephyr-fields.fish" "$deb/usr/share/fish/vendor_completions.d/zephyr-fields.fish"
install -d -m 0755 "$deb/usr/share/man/man1" "$deb/usr/share/doc/zephyr-fields" "$deb/DEBIAN"
gzip -9n < "$stage/man/zephyr-fields.1" > "$deb/usr/share/man/man1/zephyr-fields.1.gz"
{
    printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n'
    printf 'Upstream-Name: zephyr-fields\n\nFiles: *\nCopyright: zephyr-fields contributors\nLicense: MIT\n'
    sed -e 's/^$/./' -e 's/^/ /' "$src/LICENSE"
} > "$deb/usr/share/doc/zephyr-fields/copyright"
chmod 0644 "$deb/usr/share/man/man1/zephyr-fields.1.gz" "$deb/usr/share/doc/zephyr-fields/copyright"

# Depends from the binary's NEEDED libraries, resolved by dpkg-shlibdeps to the packages (and
# minimum versions) that provide them on this build machine. It wants a debian/control to read.
shlibs="$work/shlibdeps"
rm -rf "$shlibs" && mkdir -p "$shlibs/debian"
printf 'Source: zephyr-fields\n\nPackage: zephyr-fields\nArchitecture: any\n' > "$shlibs/debian/control"
depends="$(cd "$shlibs" && dpkg-shlibdeps -O "$deb/usr/bin/zephyr-fields" | sed -n 's/^shlibs:Depends=//p')"
[[ -n "$depends" ]] || { echo "release.sh: dpkg-shlibdeps found no dependencies for the binary." >&2; exit 1; }

cat > "$deb/DEBIAN/control" <<EOF
Package: zephyr-fields
Version: $version
Architecture: $deb_arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Depends: $depends
Section: devel
Priority: optional
Description: manage Zephyr Squad custom fields as code
 zephyr-fields reads YAML files that declare which custom fields each Jira
 project's test executions and test steps should have, shows a Terraform-style
 plan against the live Zephyr server, and applies it in dependency order.
 It includes an in-memory Zephyr simulator for trying it without a server.
 .
 Built from commit $label.
EOF
(cd "$deb" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$deb/DEBIAN/md5sums"
chmod 0644 "$deb/DEBIAN/control" "$deb/DEBIAN/md5sums"
SOURCE_DATE_EPOCH="$commit_epoch" dpkg-deb --root-owner-group -Zxz --build "$deb" "dist/zephyr-fields_${version}_$deb_arch.deb" >/dev/null

(cd dist && sha256sum "$name.tar.gz" "zephyr-fields_${version}_$deb_arch.deb" > SHA256SUMS)
rm -rf "$stage"
echo "== dist/"
ls -l dist
echo "binary: $(stat -c %s "$deb/usr/bin/zephyr-fields") bytes stripped; $("$deb/usr/bin/zephyr-fields" --version)"
echo "Depends: $depends"
