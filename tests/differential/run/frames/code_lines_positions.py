def f(a,
      b):
    x = a + b
    if x > 1:
        return x * 2
    return (
        x
        - 1
    )

co = f.__code__
lines = sorted({l for _, _, l in co.co_lines() if l is not None})
print('lines', lines)
starts = [s for s, _, _ in co.co_lines()]
ends = [e for _, e, _ in co.co_lines()]
print('contiguous', all(ends[i] == starts[i + 1] for i in range(len(starts) - 1)), starts[0], ends[-1] == len(co.co_code))
positions = list(co.co_positions())
print('one per unit', len(positions) == len(co.co_code) // 2)
print('all 4-tuples', all(len(p) == 4 for p in positions))
known = sorted({p for p in positions if p[0] is not None and p[2] is not None})
print('a + b' , (3, 3, 8, 13) in known)
print('x * 2', (5, 5, 15, 20) in known)
print('multiline', any(p[0] == 6 and p[1] == 9 for p in known) or any(p[0] == 7 for p in known))
print('lines from positions', sorted({p[0] for p in known}))

def one():
    return 1
print(sorted({l for _, _, l in one.__code__.co_lines() if l}))
print(sorted({p[0] for p in one.__code__.co_positions() if p[0]}))

mod = compile('a = 1\n\nb = 2\nc = (a +\n     b)\n', 'm', 'exec')
print(sorted({l for _, _, l in mod.co_lines() if l is not None}))
print(sorted({(p[0], p[1]) for p in mod.co_positions() if p[0]}))
print(type(co.co_lines()).__name__ != 'list', type(co.co_positions()).__name__ != 'list')
print(iter(co.co_lines()) is not None)
