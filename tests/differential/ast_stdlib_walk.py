#!/usr/bin/env python3
"""Parses every .py file of the standard library with ast.parse under Ember and under
CPython 3.11 (/usr/bin/python3.11) and compares ast.dump(tree, include_attributes=True)
file by file (through a length and a 61-bit digest, so no dump is kept).

    python3.11 tests/differential/ast_stdlib_walk.py [--stride N]

--stride N compares every Nth file (default 1: all). CI runs a sample as the
differential program run/modules/ast_stdlib_sample.py.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STDLIB = "/usr/lib/python3.11"
ORACLE = "/usr/bin/python3.11"

WALKER = r'''
import ast, os, sys
root, listing, stride = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(listing) as f:
    files = [line.rstrip('\n') for line in f][::stride]
for rel in files:
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    try:
        d = ast.dump(ast.parse(source, rel), include_attributes=True).encode('utf-8', 'surrogatepass')
        verdict = '%d:%x' % (len(d), int.from_bytes(d, 'little') % ((1 << 61) - 1))
    except SyntaxError as e:
        verdict = 'SyntaxError %s %s %s' % (e.msg, e.lineno, e.offset)
    except Exception as e:
        verdict = type(e).__name__
    print(rel, verdict, flush=True)
'''


def main():
    stride = 1
    if "--stride" in sys.argv:
        stride = int(sys.argv[sys.argv.index("--stride") + 1])
    files = []
    for d, dirs, names in os.walk(STDLIB):
        dirs.sort()
        if "site-packages" in d or "dist-packages" in d:
            continue
        files.extend(os.path.relpath(os.path.join(d, n), STDLIB) for n in sorted(names) if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, "files.txt")
        walker = os.path.join(tmp, "walker.py")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        with open(walker, "w") as f:
            f.write(WALKER)
        args = [walker, STDLIB, listing, str(stride)]
        oracle = subprocess.run([ORACLE, *args], capture_output=True, text=True).stdout.splitlines()
        ember = subprocess.run([os.path.join(ROOT, "ember"), *args], capture_output=True, text=True)
        got = ember.stdout.splitlines()
    differ = [(a, b) for a, b in zip(oracle, got) if a != b]
    missing = len(oracle) - len(got)
    for a, b in differ[:20]:
        print(f"differs: {a.split()[0]}\n  cpython: {a}\n  ember:   {b}")
    if missing > 0:
        print(f"ember stopped after {len(got)} of {len(oracle)} files:\n{ember.stderr[-2000:]}")
    print(f"{len(oracle) - len(differ) - max(missing, 0)}/{len(oracle)} files give the same ast.dump as CPython")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
