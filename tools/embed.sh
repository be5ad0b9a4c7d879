#!/bin/sh
# Generates a C file embedding every .vbc file of a folder (the compiled
# standard library) as byte arrays.
set -e
dir=$1
echo "/* Generated from $dir by tools/embed.sh. Do not edit. */"
echo '#include "stdlib_blob.h"'
n=0
for f in "$dir"/*.vbc; do
    echo "static const unsigned char m$n[] = {"
    od -An -v -tu1 "$f" | sed 's/  */,/g; s/^,//; s/$/,/'
    echo "};"
    n=$((n+1))
done
echo "const StdlibModule stdlib_modules[] = {"
n=0
for f in "$dir"/*.vbc; do
    name=$(basename "$f" .vbc)
    echo "    {\"$name\", m$n, sizeof m$n},"
    n=$((n+1))
done
echo "    {0, 0, 0}"
echo "};"
