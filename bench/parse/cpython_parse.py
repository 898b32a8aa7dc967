"""CPython's side of the parse benchmark: ast.parse over files held in memory.

    cpython_parse.py --list [ROOT]          print the .py files under ROOT (default:
                                            the stdlib) that CPython parses without error
    cpython_parse.py --files LIST [--rounds N] [--warmup N]
                                            time ast.parse over the files; prints
                                            key=value lines like Ember.Bench.Parse
"""
import argparse
import ast
import gc
import os
import statistics
import sys
import sysconfig
import time
import warnings


def list_parseable(root):
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                paths.append(os.path.join(dirpath, name))
    paths.sort()
    for path in paths:
        with open(path, "rb") as f:
            source = f.read()
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            continue
        print(path)


def parse_all(paths, sources):
    for path, source in zip(paths, sources):
        ast.parse(source, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", nargs="?", const=sysconfig.get_paths()["stdlib"], metavar="ROOT")
    ap.add_argument("--files")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=2)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    if args.list:
        list_parseable(args.list)
        return 0
    if not args.files or args.rounds < 1:
        ap.error("--files LIST is required")
    with open(args.files, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append(f.read())
    for _ in range(args.warmup):
        parse_all(paths, sources)
    times = []
    for _ in range(args.rounds):
        gc.collect()
        start = time.perf_counter()
        parse_all(paths, sources)
        times.append((time.perf_counter() - start) * 1000)
    print(f"files={len(paths)}")
    print(f"bytes={sum(len(s) for s in sources)}")
    print("errors=0")
    print("rounds_ms=" + ",".join(f"{t:.1f}" for t in times))
    print(f"median_ms={statistics.median(times):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
