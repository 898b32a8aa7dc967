# Seeded random regular expressions against random strings: every result
# (search spans and groups, findall, sub with a callable, split) must be
# what CPython's sre gives. A small LCG keeps the sequence independent of
# the random module.
import re

state = 20220615


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


def pick(seq):
    return seq[rnd(len(seq))]


ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', r'\W', 'é', 'A', r'\.', '[a-cA]', '(?i:a)']
QUANT = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,2}?', '*+', '++', '?+']


def gen(depth, groups):
    parts = []
    for _ in range(1 + rnd(3)):
        k = rnd(12)
        if depth < 2 and k == 0:
            groups[0] += 1
            item = '(' + gen(depth + 1, groups) + ')'
        elif depth < 2 and k == 1:
            item = '(?:' + gen(depth + 1, groups) + '|' + gen(depth + 1, groups) + ')'
        elif depth < 2 and k == 2:
            item = pick(['(?=', '(?!', '(?>']) + gen(depth + 1, groups) + ')'
        elif k == 3:
            item = pick(['(?<=a)', '(?<!b)', '(?<=ab)', r'\b', r'\B', '^', '$', r'\A', r'\Z'])
        elif k == 4 and groups[0]:
            item = '\\' + str(1 + rnd(groups[0]))
        elif k == 5 and groups[0]:
            item = '(?(1)a|b)'
        else:
            item = pick(ATOMS)
        if item not in ('^', '$', r'\A', r'\Z', r'\b', r'\B') and not item.startswith('(?<') and not item.startswith('(?=') and not item.startswith('(?!'):
            item += pick(QUANT)
        parts.append(item)
    return ''.join(parts)


SUBJECT = 'aabAb c1.é\n'
results = {'ok': 0, 'error': 0}
for n in range(1500):
    groups = [0]
    pat = gen(0, groups)
    flags = pick([0, 0, re.I, re.M, re.S, re.A, re.I | re.M])
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        results['error'] += 1
        print(n, repr(pat), 'error', e)
        continue
    results['ok'] += 1
    for _ in range(3):
        s = ''.join(pick(SUBJECT) for _ in range(rnd(12)))
        m = p.search(s)
        print(n, repr(pat), flags, repr(s), m and (m.span(), m.groups(), m.lastindex))
        print('  ', p.findall(s), p.sub(lambda m: '<' + m.group() + '>', s), p.split(s, 2))
        f = p.fullmatch(s)
        print('  ', f and f.span(), [x.span() for x in p.finditer(s)])
print(results)
