#!/usr/bin/env python3
"""Where the bytes of a zephyr-fields binary go: section sizes, then symbol sizes grouped by the
Swift module or C library they come from. Run it on the UNSTRIPPED release binary
(.build-release/build/release/zephyr-fields after scripts/release.sh); stripping removes the
symbol table it reads but not the code and data it measures.

Usage: scripts/size-report.py BINARY [TOP]"""
import collections
import re
import subprocess
import sys

if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
    print(__doc__)
    sys.exit(0 if len(sys.argv) > 1 else 64)
binary, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25

print("Sections (bytes):")
for line in subprocess.run(["size", "-A", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) >= 2 and parts[0].startswith(".") and parts[1].isdigit() and int(parts[1]) > 500_000:
        print(f"  {parts[0]:<24} {int(parts[1]) / 1e6:8.1f} MB")

# Swift symbols are mangled $s<len><Module>...; C and C++ symbols are grouped by telltale prefixes.
c_groups = [
    (re.compile(r"^icudt\d+_dat$"), "ICU data (icudt*_dat)"),
    (re.compile(r"^_ZN?K?\d*icu_\d+|^u[a-z]*_\w+_\d\d$"), "ICU code"),
    (re.compile(r"^CNIOBoringSSL|^_ZN?K?4bssl"), "BoringSSL (NIOSSL)"),
    (re.compile(r"^_ZN?K?5swift|^swift_|^_swift_"), "Swift runtime (C++)"),
    (re.compile(r"^(symbolic|associated conformance) "), "Swift metadata references"),
    (re.compile(r"^yaml_"), "libyaml (Yams)"),
]
sizes = collections.Counter()
symbols = []
out = subprocess.run(["nm", "-S", "--size-sort", binary], capture_output=True, text=True, check=True).stdout
for line in out.splitlines():
    parts = line.split()
    if len(parts) != 4:
        continue
    size, name = int(parts[1], 16), parts[3]
    symbols.append((size, name))
    m = re.match(r"^\$s(\d+)(\w+)", name)
    if m:
        group = m.group(2)[: int(m.group(1))]
    else:
        group = next((label for pattern, label in c_groups if pattern.search(name)), "other C/C++ (CoreFoundation, Dispatch, ...)")
    sizes[group] += size

total = sum(sizes.values())
print(f"\nSymbols with a size: {total / 1e6:.1f} MB, by module (top {top}):")
for group, size in sizes.most_common(top):
    print(f"  {group:<46} {size / 1e6:8.2f} MB")
print("\nLargest symbols:")
for size, name in sorted(symbols, reverse=True)[:10]:
    print(f"  {size / 1e6:8.2f} MB  {name[:90]}")
