#!/bin/sh
# Installs the Debian packages vial needs to build, when they are missing.
set -e
need=""
for pair in gmp.h:libgmp-dev utf8proc.h:libutf8proc-dev; do
    hdr=${pair%%:*}; pkg=${pair#*:}
    [ -e "/usr/include/$hdr" ] || [ -e "/usr/include/x86_64-linux-gnu/$hdr" ] || need="$need $pkg"
done
command -v cc >/dev/null 2>&1 || need="$need gcc"
[ -z "$need" ] && exit 0
echo "installing:$need"
if [ "$(id -u)" != 0 ]; then echo "run as root, or: apt-get install -y$need" >&2; exit 1; fi
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need >/dev/null
