"""Runs tests/differential/run programs with ./ember and compares them with
the stored CPython results, the way the xunit harness does (the program's
directory followed by '/' is removed from stderr). Quicker than the xunit run
while writing programs; the xunit harness stays the test of record.

Usage: python3.11 tests/differential/check_run.py [AREA_OR_FILE ...] [-v]
Prints one line per failing program (with a diff when -v is given) and a
summary line; exits 1 when any program fails.
"""
import difflib
import os
import subprocess
import sys

from refresh_run import HERE, programs

EMBER = os.path.join(HERE, '..', '..', 'ember')
TIMEOUT = 120


def check(path, verbose):
    directory, name = os.path.split(os.path.abspath(path))
    base = path[:-3]
    try:
        result = subprocess.run(
            [EMBER, name], cwd=directory, capture_output=True, timeout=TIMEOUT,
            env={'PATH': os.environ.get('PATH', ''), 'HOME': os.environ.get('HOME', ''),
                 'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8'})
    except subprocess.TimeoutExpired:
        return 'timed out'
    stdout = result.stdout.decode('utf-8', 'replace')
    stderr = result.stderr.decode('utf-8', 'replace').replace(directory + '/', '')
    with open(base + '.stdout', encoding='utf-8', errors='replace') as f:
        want_out = f.read()
    with open(base + '.stderr', encoding='utf-8', errors='replace') as f:
        want_err = f.read()
    with open(base + '.exit', encoding='utf-8') as f:
        want_exit = int(f.read().strip())
    for label, want, got in (('stdout', want_out, stdout), ('stderr', want_err, stderr)):
        if want != got:
            if not verbose:
                return label + ' differs'
            diff = difflib.unified_diff(want.splitlines(), got.splitlines(), 'cpython', 'ember', lineterm='', n=1)
            return label + ' differs\n' + '\n'.join(list(diff)[:60])
    if result.returncode != want_exit:
        return 'exit code %d, expected %d' % (result.returncode, want_exit)
    return None


def main():
    verbose = '-v' in sys.argv
    targets = [a for a in sys.argv[1:] if a != '-v']
    passed = failed = 0
    for path in programs(targets):
        problem = check(path, verbose)
        if problem is None:
            passed += 1
        else:
            failed += 1
            print('FAIL', os.path.relpath(path, os.path.join(HERE, 'run')), problem)
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
