#!/usr/bin/env bash
# The image's base, made offline from Debian's packages (no registry is needed): a minimal Debian 12 root filesystem
# with the headless OpenJDK 17 JRE and CA certificates (mmdebstrap), turned into an OCI image (umoci), written as the
# docker-archive tarball that Jib reads as a tar:// base (skopeo). Usage: base.sh OUT.tar (kept if it exists).
# Needs: apt-get install mmdebstrap umoci skopeo; run as root (or where mmdebstrap's unshare mode works).
set -euo pipefail
out="$(realpath -m "$1")"
[ -s "$out" ] && { echo "base image kept: $out"; exit 0; }
work="$(mktemp -d "${TMPDIR:-/tmp}/triad-base.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
  --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
  bookworm "$work/rootfs.tar"
umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci raw add-layer --image "$work/oci:base" "$work/rootfs.tar"
umoci config --image "$work/oci:base" --config.env=JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
  --config.env=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mkdir -p "$(dirname "$out")"
skopeo copy "oci:$work/oci:base" "docker-archive:$out.partial:triad-base:bookworm"
mv "$out.partial" "$out"
echo "base image written: $out"
