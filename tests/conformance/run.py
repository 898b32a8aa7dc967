#!/usr/bin/env python3
"""The conformance runner: CPython's own test modules under Ember.

    python3.11 tests/conformance/run.py              every module in modules.txt
    python3.11 tests/conformance/run.py --fast       the modules marked fast (CI)
    python3.11 tests/conformance/run.py test_bool    the named modules
    ... --impl /usr/bin/python3.11                   measure another implementation
    ... --write                                      store the result as results/latest.json and .md
    ... --check                                      fail if a module passes fewer tests than the stored result
    ... --name cpython                               results/cpython.* instead of results/latest.*

Each module runs in its own process (driver.py) with a timeout. Per module and
in total it reports tests run, passed, failed, errored and skipped, and
whether the module crashed, timed out or failed to import. Outcomes are
compared with expectations.txt: an expected failure that fails is not a
regression; one that passes is reported so the entry can go.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MARK = "\x1econf"
RESULTS = os.path.join(HERE, "results")


def read_modules():
    """modules.txt: one module a line, then optional tags (fast) and a timeout in seconds."""
    modules = []
    with open(os.path.join(HERE, "modules.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            tags = {t for t in line[1:] if not t.isdigit()}
            timeouts = [int(t) for t in line[1:] if t.isdigit()]
            modules.append((line[0], tags, timeouts[0] if timeouts else None))
    return modules


def read_expectations():
    """expectations.txt: sections [temporary], [skip] and [permanent]; lines "TEST_ID  reason"."""
    expected, skips = {}, {}
    section = None
    with open(os.path.join(HERE, "expectations.txt"), encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line.strip("[]")
                if section not in ("temporary", "skip", "permanent"):
                    sys.exit(f"expectations.txt:{number}: unknown section [{section}]")
                continue
            test_id, _, reason = line.partition(" ")
            if not reason.strip():
                sys.exit(f"expectations.txt:{number}: {test_id} needs a reason")
            if section is None:
                sys.exit(f"expectations.txt:{number}: entry before any section")
            (skips if section == "skip" else expected)[test_id] = reason.strip()
    return expected, skips


def default_impl():
    return [os.path.join(ROOT, "ember")]


def run_module(impl, module, skips, timeout):
    name = f"test.{module}"
    skipped = sorted(t for t in skips if t.startswith(name + "."))
    command = impl + [os.path.join(HERE, "driver.py"), name] + skipped
    env = dict(os.environ, PYTHONHASHSEED="0")
    started = time.monotonic()
    outcomes, done, status, detail = {}, False, "ok", ""
    try:
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                              cwd=os.path.join(HERE, "work"), env=env)
        out, err, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", e.stderr or b"", None
        status = "timeout"
    for line in out.decode("utf-8", "replace").split("\n"):
        if not line.startswith(MARK + "\t"):
            continue
        _, outcome, test_id = line.split("\t", 2)
        if outcome == "done":
            done = True
        elif outcome == "import-error":
            status, detail = "import-error", test_id
        else:
            outcomes[test_id] = outcome
    if status == "ok" and not done:
        status = "crashed"
        tail = err.decode("utf-8", "replace").strip().splitlines()
        detail = f"exit {code}: " + (tail[-1][:300] if tail else "no output")
    return {
        "status": status,
        "detail": detail,
        "seconds": round(time.monotonic() - started, 1),
        "outcomes": outcomes,
    }


def summarize(result, expected):
    counts = dict(run=0, passed=0, failed=0, errored=0, skipped=0, expected_failures=0, now_passing=[])
    for test_id, outcome in result["outcomes"].items():
        if outcome == "skip":
            counts["skipped"] += 1
            continue
        counts["run"] += 1
        if outcome in ("pass", "xfail"):
            counts["passed"] += 1
            if test_id in expected:
                counts["now_passing"].append(test_id)
        elif test_id in expected:
            counts["expected_failures"] += 1
            counts["failed" if outcome in ("fail", "xpass") else "errored"] += 1
        elif outcome in ("fail", "xpass"):
            counts["failed"] += 1
        else:
            counts["errored"] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description="Run CPython's test modules under Ember.")
    parser.add_argument("modules", nargs="*")
    parser.add_argument("--fast", action="store_true", help="only the modules marked fast")
    parser.add_argument("--impl", help="the implementation to run (default: ./ember)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per module unless modules.txt says")
    parser.add_argument("--write", action="store_true", help="store the result in results/")
    parser.add_argument("--check", action="store_true", help="fail if a module passes fewer tests than stored")
    parser.add_argument("--name", default="latest", help="the results file: results/NAME.json and .md (default latest)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failing test")
    args = parser.parse_args()

    listed = read_modules()
    if args.modules:
        known = {m: (tags, t) for m, tags, t in listed}
        chosen = [(m, *known.get(m, (set(), None))) for m in args.modules]
    else:
        chosen = [m for m in listed if not args.fast or "fast" in m[1]]
    expected, skips = read_expectations()
    impl = [args.impl] if args.impl else default_impl()
    os.makedirs(os.path.join(HERE, "work"), exist_ok=True)

    stored = {}
    latest = os.path.join(RESULTS, args.name + ".json")
    if os.path.exists(latest):
        with open(latest, encoding="utf-8") as f:
            stored = json.load(f)["modules"]

    report = {}
    totals = dict(run=0, passed=0, failed=0, errored=0, skipped=0)
    statuses = {}
    regressions = []
    for module, tags, timeout in chosen:
        result = run_module(impl, module, skips, timeout or args.timeout)
        counts = summarize(result, expected)
        for key in totals:
            totals[key] += counts[key]
        statuses[result["status"]] = statuses.get(result["status"], 0) + 1
        entry = dict(status=result["status"], detail=result["detail"], seconds=result["seconds"],
                     **{k: counts[k] for k in totals})
        report[module] = entry
        line = (f"{module:28} {result['status']:12} run {counts['run']:5}  passed {counts['passed']:5}  "
                f"failed {counts['failed']:4}  errored {counts['errored']:4}  skipped {counts['skipped']:4}  "
                f"{result['seconds']:6.1f}s")
        print(line + (f"  {result['detail']}" if result["detail"] else ""), flush=True)
        if args.verbose:
            for test_id, outcome in sorted(result["outcomes"].items()):
                if outcome in ("fail", "error", "xpass") and test_id not in expected:
                    print(f"    {outcome:5} {test_id}")
        for test_id in counts["now_passing"]:
            print(f"    now passing (remove from expectations.txt): {test_id}")
        before = stored.get(module, {}).get("passed", 0)
        if counts["passed"] < before:
            regressions.append(f"{module}: {counts['passed']} passed, {before} before")

    print(f"total: {len(chosen)} modules ({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))}); "
          f"run {totals['run']}, passed {totals['passed']}, failed {totals['failed']}, "
          f"errored {totals['errored']}, skipped {totals['skipped']}")

    if args.write:
        os.makedirs(RESULTS, exist_ok=True)
        merged = dict(stored)
        merged.update(report)
        all_totals = {k: sum(m[k] for m in merged.values()) for k in totals}
        with open(latest, "w", encoding="utf-8") as f:
            json.dump({"totals": all_totals, "modules": dict(sorted(merged.items()))}, f, indent=1)
            f.write("\n")
        with open(os.path.join(RESULTS, args.name + ".md"), "w", encoding="utf-8") as f:
            f.write(f"# Conformance: CPython's test modules under {' '.join(os.path.basename(i) for i in impl)}\n\n")
            f.write(f"Written by `python3.11 tests/conformance/run.py --write{' --name ' + args.name if args.name != 'latest' else ''}`. Total over {len(merged)} modules: "
                    f"run {all_totals['run']}, passed {all_totals['passed']}, failed {all_totals['failed']}, "
                    f"errored {all_totals['errored']}, skipped {all_totals['skipped']}.\n\n")
            f.write("| module | status | run | passed | failed | errored | skipped | note |\n")
            f.write("|---|---|---:|---:|---:|---:|---:|---|\n")
            for module, m in sorted(merged.items()):
                note = m["detail"].replace("|", "\\|")
                f.write(f"| {module} | {m['status']} | {m['run']} | {m['passed']} | {m['failed']} | "
                        f"{m['errored']} | {m['skipped']} | {note} |\n")

    if args.check and regressions:
        print("fewer tests pass than in results/latest.json:")
        for r in regressions:
            print("  " + r)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
