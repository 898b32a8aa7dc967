#!/usr/bin/env python3
"""The benchmark harness: every program in bench/programs under Ember, CPython
3.11 and PyPy (when installed), in one run.

    python3.11 bench/run.py                      all benchmarks, 5 timed runs after 1 warm-up
    python3.11 bench/run.py richards nbody       named ones
    python3.11 bench/run.py --runs 9 --warmup 2
    python3.11 bench/run.py --impl cpython3.12=/usr/bin/python3.12   an extra column

Each run is a fresh process; the time is its wall-clock time, the memory its
peak resident set (ru_maxrss from wait4). A benchmark prints one checksum
line last; the checksums of all implementations must agree, and a benchmark
whose checksum differs or that fails counts as failed for that
implementation. Reported per benchmark: median time, peak memory, and the
ratio CPython time / implementation time (above 1: faster than CPython),
then the geometric mean of the ratios. Results go to bench/results/:
a JSON file per run, a Markdown table and an SVG chart, and the table
compares with the previous run's JSON.
"""

import argparse
import datetime
import glob
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
RESULTS = os.path.join(HERE, "results")
REFERENCE = "cpython"


def implementations(extra):
    impls = [("ember", [os.path.join(ROOT, "ember")]), (REFERENCE, ["/usr/bin/python3.11"])]
    pypy = shutil.which("pypy3")
    if pypy:
        impls.append(("pypy", [pypy]))
    for item in extra:
        name, _, path = item.partition("=")
        impls.append((name, [path]))
    return impls


def discover(names):
    found = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(PROGRAMS, "*.py")))
    if not names:
        return found
    missing = [n for n in names if n not in found]
    if missing:
        sys.exit(f"no such benchmark: {', '.join(missing)} (have: {', '.join(found)})")
    return names


def describe(name):
    """The first line of the program's docstring."""
    with open(os.path.join(PROGRAMS, name + ".py"), encoding="utf-8") as f:
        for line in f:
            line = line.strip().strip('"').strip()
            if line:
                return line
    return ""


def run_once(command, program, timeout):
    """(seconds, peak RSS in MB, last stdout line or None, error text or None)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command + [program], stdout=out, stderr=err, cwd=PROGRAMS,
                                env=dict(os.environ, PYTHONHASHSEED="0"))
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None, None, None, f"timed out after {timeout} s"
            time.sleep(0.002)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
        if proc.returncode != 0:
            tail = err.read().decode("utf-8", "replace").strip().splitlines()
            return elapsed, None, None, f"exit {proc.returncode}: {tail[-1] if tail else ''}"[:200]
        return elapsed, usage.ru_maxrss / 1024, lines[-1] if lines else "", None


def measure(impls, names, runs, warmup, timeout):
    results = {}
    for name in names:
        program = os.path.join(PROGRAMS, name + ".py")
        results[name] = {"description": describe(name), "impls": {}}
        for impl, command in impls:
            times, memory, checksum, error = [], [], None, None
            for i in range(warmup + runs):
                elapsed, rss, line, error = run_once(command, program, timeout)
                if error:
                    break
                if checksum is None:
                    checksum = line
                elif line != checksum:
                    error = f"checksum changed between runs: {checksum!r} then {line!r}"
                    break
                if i >= warmup:
                    times.append(elapsed)
                    memory.append(rss)
            entry = {"error": error} if error else {
                "median": statistics.median(times), "times": times,
                "rss_mb": max(memory), "checksum": checksum}
            results[name]["impls"][impl] = entry
            shown = entry.get("error") or f"{entry['median']:.3f} s  {entry['rss_mb']:.0f} MB"
            print(f"  {name:22} {impl:10} {shown}", flush=True)
        reference = results[name]["impls"].get(REFERENCE, {}).get("checksum")
        for impl, entry in results[name]["impls"].items():
            if "checksum" in entry and reference is not None and entry["checksum"] != reference:
                entry["error"] = f"checksum {entry['checksum']!r}, CPython {reference!r}"
    return results


def ratios(results, impl):
    out = {}
    for name, r in results.items():
        ref, mine = r["impls"].get(REFERENCE, {}), r["impls"].get(impl, {})
        if "median" in ref and "median" in mine and "error" not in mine and "error" not in ref:
            out[name] = ref["median"] / mine["median"]
    return out


def geomean(values):
    values = list(values)
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def previous_run(exclude):
    runs = sorted(p for p in glob.glob(os.path.join(RESULTS, "bench-*.json")) if p != exclude)
    if not runs:
        return None, None
    with open(runs[-1], encoding="utf-8") as f:
        return os.path.basename(runs[-1]), json.load(f)


def write_markdown(path, meta, results, impls, before_name, before):
    others = [i for i, _ in impls if i != REFERENCE]
    lines = [f"# Benchmarks {meta['date']}", "",
             f"Commit {meta['commit']}, {meta['runs']} timed runs after {meta['warmup']} warm-up per benchmark "
             f"and implementation; median wall time, peak RSS. Ratio: CPython time / time (above 1: faster than "
             f"CPython 3.11). Machine: {meta['machine']}.", ""]
    header = "| benchmark | CPython s | CPython MB |"
    rule = "|---|---:|---:|"
    for impl in others:
        header += f" {impl} s | {impl} MB | {impl} ratio |"
        rule += "---:|---:|---:|"
    if before:
        header += " ember ratio before |"
        rule += "---:|"
    lines += [header, rule]
    before_ratios = ratios(before["results"], "ember") if before else {}
    for name, r in results.items():
        ref = r["impls"].get(REFERENCE, {})
        row = f"| {name} | {cell(ref, 'median', '{:.3f}')} | {cell(ref, 'rss_mb', '{:.0f}')} |"
        for impl in others:
            e = r["impls"].get(impl, {})
            ratio = ratios({name: r}, impl).get(name)
            row += f" {cell(e, 'median', '{:.3f}')} | {cell(e, 'rss_mb', '{:.0f}')} | {f'{ratio:.2f}' if ratio else '-'} |"
        if before:
            b = before_ratios.get(name)
            row += f" {f'{b:.2f}' if b else '-'} |"
        lines.append(row)
    lines.append("")
    for impl in others:
        rs = ratios(results, impl)
        g = geomean(rs.values())
        lines.append(f"- {impl}: geometric mean of the ratios {g:.2f} over {len(rs)} of {len(results)} benchmarks"
                     if g else f"- {impl}: no benchmark completed")
    if before:
        g = geomean(before_ratios.values())
        if g:
            lines.append(f"- ember in the previous run ({before_name}): {g:.2f} over {len(before_ratios)} benchmarks")
    failures = [(n, i, e["error"]) for n, r in results.items() for i, e in r["impls"].items() if "error" in e]
    if failures:
        lines += ["", "Failures:", ""] + [f"- {n} under {i}: {err}" for n, i, err in failures]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def cell(entry, key, fmt):
    if "error" in entry:
        return "fail"
    return fmt.format(entry[key]) if key in entry else "-"


def write_svg(path, results, impls):
    """Horizontal bars of CPython time / time per benchmark, log scale, one colour per implementation."""
    others = [i for i, _ in impls if i != REFERENCE]
    colours = ["#d9480f", "#1971c2", "#2f9e44", "#7048e8"]
    names = list(results)
    bar, gap, left, width = 14, 10, 170, 520
    group = bar * len(others) + gap
    height = 60 + group * len(names) + 30
    lo, hi = math.log(0.1), math.log(10)

    def x(ratio):
        v = min(max(math.log(ratio), lo), hi)
        return left + (v - lo) / (hi - lo) * width

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 120}" height="{height}" '
             'font-family="sans-serif" font-size="12">',
             f'<text x="{left}" y="20" font-size="14">CPython 3.11 time / time (log scale; right of 1 is faster than CPython)</text>']
    for tick in (0.1, 0.2, 0.5, 1, 2, 5, 10):
        tx = x(tick)
        parts.append(f'<line x1="{tx:.1f}" y1="35" x2="{tx:.1f}" y2="{height - 25}" stroke="{"#333" if tick == 1 else "#ddd"}"/>')
        parts.append(f'<text x="{tx:.1f}" y="{height - 10}" text-anchor="middle">{tick:g}</text>')
    for i, name in enumerate(names):
        y0 = 45 + i * group
        parts.append(f'<text x="{left - 8}" y="{y0 + group / 2:.0f}" text-anchor="end">{name}</text>')
        for j, impl in enumerate(others):
            ratio = ratios({name: results[name]}, impl).get(name)
            y = y0 + j * bar
            if ratio is None:
                parts.append(f'<text x="{left + 4}" y="{y + bar - 3}" fill="{colours[j % 4]}">{impl}: failed</text>')
                continue
            x1, x0 = x(ratio), x(1)
            parts.append(f'<rect x="{min(x0, x1):.1f}" y="{y}" width="{abs(x1 - x0):.1f}" height="{bar - 2}" '
                         f'fill="{colours[j % 4]}"/>')
            parts.append(f'<text x="{max(x0, x1) + 4:.1f}" y="{y + bar - 3}">{ratio:.2f}</text>')
    for j, impl in enumerate(others):
        parts.append(f'<rect x="{left + width + 20}" y="{40 + j * 18}" width="12" height="12" fill="{colours[j % 4]}"/>')
        parts.append(f'<text x="{left + width + 38}" y="{50 + j * 18}">{impl}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores"


def main():
    parser = argparse.ArgumentParser(description="Run the benchmarks under Ember, CPython and PyPy.")
    parser.add_argument("names", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=300, help="seconds per run")
    parser.add_argument("--impl", action="append", default=[], help="NAME=PATH: another implementation")
    parser.add_argument("--no-save", action="store_true", help="print only; write nothing to bench/results")
    args = parser.parse_args()

    impls = implementations(args.impl)
    names = discover(args.names)
    subprocess.run([os.path.join(ROOT, "ember"), "-c", "pass"], check=False)  # build first, outside the timings
    print(f"{len(names)} benchmarks under {', '.join(i for i, _ in impls)}; {args.runs} runs after {args.warmup} warm-up")
    results = measure(impls, names, args.runs, args.warmup, args.timeout)

    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
    meta = {"date": stamp, "commit": commit or "unknown", "runs": args.runs, "warmup": args.warmup, "machine": machine()}
    for impl, _ in impls:
        if impl != REFERENCE:
            g = geomean(ratios(results, impl).values())
            print(f"{impl}: geometric mean of CPython time / time: {g:.2f}" if g else f"{impl}: nothing completed")
    if args.no_save:
        return 0
    os.makedirs(RESULTS, exist_ok=True)
    base = os.path.join(RESULTS, f"bench-{stamp}")
    before_name, before = previous_run(base + ".json")
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "results": results}, f, indent=1)
        f.write("\n")
    write_markdown(base + ".md", meta, results, impls, before_name, before)
    write_svg(base + ".svg", results, impls)
    print(f"wrote {os.path.relpath(base, ROOT)}.json, .md and .svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
