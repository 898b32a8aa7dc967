"""Writes the expected results next to every tests/differential/run/<area>/NAME.py.

Each program is run by Debian's CPython 3.11 (/usr/bin/python3.11) from its
own directory; what it gives is stored as NAME.stdout, NAME.stderr and
NAME.exit (the exit code). The one normalisation: CPython names a script by
its absolute path in tracebacks, so the program's directory followed by '/'
is removed from stderr (the test harness does the same to Ember's output).

Usage: python3.11 tests/differential/refresh_run.py [AREA_OR_FILE ...]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.join(HERE, 'run')
ORACLE = '/usr/bin/python3.11'
TIMEOUT = 60


def refresh(path):
    directory, name = os.path.split(os.path.abspath(path))
    result = subprocess.run(
        [ORACLE, name], cwd=directory, capture_output=True, timeout=TIMEOUT,
        env={'PATH': os.environ.get('PATH', ''), 'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8'})
    stderr = result.stderr.decode('utf-8').replace(directory + '/', '')
    base = path[:-3]
    with open(base + '.stdout', 'wb') as f:
        f.write(result.stdout)
    with open(base + '.stderr', 'w', encoding='utf-8') as f:
        f.write(stderr)
    with open(base + '.exit', 'w', encoding='utf-8') as f:
        f.write('%d\n' % result.returncode)


def programs(targets):
    if not targets:
        targets = [RUN]
    for target in targets:
        for base in ('', HERE, RUN):
            candidate = os.path.join(base, target)
            if os.path.exists(candidate):
                target = candidate
                break
        if os.path.isfile(target):
            yield target
            continue
        for root, _, files in os.walk(target):
            # Programs are run/<area>/NAME.py only: deeper folders hold the
            # packages and modules that programs import.
            if os.path.dirname(os.path.abspath(root)) != os.path.abspath(RUN):
                continue
            for name in sorted(files):
                if name.endswith('.py'):
                    yield os.path.join(root, name)


def main():
    for path in programs(sys.argv[1:]):
        refresh(path)
        print('refreshed', os.path.relpath(path, HERE))


if __name__ == '__main__':
    main()
