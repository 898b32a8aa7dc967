# -X importtime and PYTHONPROFILEIMPORTTIME: one line per import on stderr,
# "import time: SELF | CUMULATIVE | NAME" with the name indented two spaces
# per nesting level, self <= cumulative, a parent's cumulative covering its
# children, and the header printed once.
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r'^import time: +(\d+) \| +(\d+) \| ( *)(\S+)$')

with tempfile.TemporaryDirectory() as tmp:
    pkg = os.path.join(tmp, 'itpkg')
    os.mkdir(pkg)
    with open(os.path.join(pkg, '__init__.py'), 'w') as f:
        f.write('from . import alpha\nimport itpkg.beta\n')
    with open(os.path.join(pkg, 'alpha.py'), 'w') as f:
        f.write('from . import gamma\nX = 1\n')
    with open(os.path.join(pkg, 'beta.py'), 'w') as f:
        f.write('Y = 2\n')
    with open(os.path.join(pkg, 'gamma.py'), 'w') as f:
        f.write('Z = 3\n')
    with open(os.path.join(pkg, 'broken.py'), 'w') as f:
        f.write('raise ValueError("boom")\n')

    def run(args, env=None):
        p = subprocess.run([sys.executable, *args], cwd=tmp, capture_output=True, text=True, env=env)
        return p.returncode, p.stdout, p.stderr.splitlines()

    def show(lines):
        headers = [l for l in lines if l == 'import time: self [us] | cumulative | imported package']
        print('headers', len(headers), 'first', bool(lines) and lines[0] == headers[0] if headers else None)
        rows = []
        for l in lines[1:]:
            m = LINE.match(l)
            if m is None:
                print('other line:', l.split(':')[0])
                continue
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4)))
        ours = [r for r in rows if r[3].startswith('itpkg')]
        base = min(r[2] for r in ours) if ours else 0
        for s, c, indent, name in ours:
            print(' ' * (indent - base) + name, s <= c)
        print('widths', all(len(l.split('|')[0]) == 23 and len(l.split('|')[1]) == 12 for l in lines[1:] if LINE.match(l)))
        return ours

    code, out, err = run(['-X', 'importtime', '-c', 'import itpkg; print(itpkg.alpha.gamma.Z)'])
    print(code, out.strip())
    rows = show(err)
    cum = {name: c for s, c, i, name in rows}
    selfs = {name: s for s, c, i, name in rows}
    print('parent covers children', cum['itpkg'] >= cum['itpkg.alpha'] + cum['itpkg.beta'])

    env = dict(os.environ, PYTHONPROFILEIMPORTTIME='1')
    code, out, err = run(['-c', 'import itpkg.beta'], env)
    print(code)
    show(err)

    env = dict(os.environ, PYTHONPROFILEIMPORTTIME='1')
    code, out, err = run(['-E', '-c', 'import itpkg.beta'], env)
    print('ignored under -E', code, not any(l.startswith('import time') for l in err))

    code, out, err = run(['-X', 'importtime', '-c', 'import itpkg\nimport itpkg.broken'])
    print(code, err[-1])
    show([l for l in err if l.startswith('import time')])

    code, out, err = run(['-c', 'import itpkg'])
    print('off by default', code, err)
