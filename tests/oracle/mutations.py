"""Mutated standard-library snippets and what CPython 3.11 says about each.

Takes windows of lines from the standard library's own modules (not its test
suite, so the set does not depend on which Debian packages are installed) and
breaks each with one seeded edit: a token inserted, a few characters deleted,
or both. Writes the snippets to OUT_DIR and prints one JSON object per snippet:
{"path": ..., "result": "OK" | [type, msg, lineno, offset, end_lineno, end_offset]}.

    python3.11 tests/oracle/mutations.py SEED COUNT OUT_DIR
"""
import ast
import json
import os
import random
import sys

INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', 'if', 'else', 'for', 'in',
           'lambda', '*', '**', '.', 'def', 'class', 'return', 'yield', 'await',
           'async', 'import', 'from', 'as', 'not', ':=', '->', '@', '"', "'", '\n',
           '    ', 'x', '1', 'print', 'match', 'case', 'try', 'except', 'with',
           'del', '+=', '\\', 'pass', '...', '!', 'f"{', '}"', '0x', '1_', '\t']


def stdlib_files():
    root = os.path.dirname(ast.__file__)
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('test', 'tests', 'idle_test', '__pycache__', 'site-packages', 'dist-packages'))
        for name in sorted(filenames):
            if name.endswith('.py'):
                found.append(os.path.join(dirpath, name))
    return found


def mutate(rng, files):
    while True:
        path = rng.choice(files)
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines(True)
        if len(lines) < 5:
            continue
        start = rng.randrange(0, max(1, len(lines) - 20))
        while start > 0 and lines[start][:1] in (' ', '\t', '\n', '#', ')', ']', '}'):
            start -= 1
        chunk = ''.join(lines[start:start + 25])
        if not chunk.strip():
            continue
        pos = rng.randrange(len(chunk))
        kind = rng.random()
        if kind < 0.4:
            chunk = chunk[:pos] + rng.choice(INSERTS) + chunk[pos:]
        elif kind < 0.8:
            chunk = chunk[:pos] + chunk[pos + rng.randint(1, 4):]
        else:
            chunk = chunk[:pos] + rng.choice(INSERTS) + chunk[pos + rng.randint(1, 3):]
        return chunk


def main():
    seed, count, out_dir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    files = stdlib_files()
    import warnings
    warnings.simplefilter('ignore')
    for i in range(count):
        source = mutate(rng, files).encode('utf-8')
        path = os.path.join(out_dir, f'm{seed}_{i:05d}.py')
        with open(path, 'wb') as f:
            f.write(source)
        try:
            ast.parse(source, path)
            result = 'OK'
        except SyntaxError as e:
            result = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception as e:
            result = [type(e).__name__, str(e), None, None, None, None]
        print(json.dumps({'path': path, 'result': result}))


if __name__ == '__main__':
    main()
