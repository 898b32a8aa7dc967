import re
def show(*a):
    try:
        print(*a)
    except Exception as e:
        print(type(e).__name__, e)
cases = [
    (r'(a+)(b)?', 'aaac'), (r'a*?b', 'aaab'), (r'(?P<x>\w+)\s(?P=x)', 'hello hello'),
    (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'cb'), (r'(?=abc)\w+', 'xabc'), (r'(?!a)\w', 'ab'),
    (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'), (r'a*+a', 'aaa'), (r'(?:ab)*+c', 'ababc'),
    (r'(a|b)*c', 'abbac'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'^(\d+)-(\d+)$', '12-345'),
    (r'(?i)straße', 'STRASSE'), (r'(?i)ǅ', 'ǆ'), (r'(?i)[a-z]+', 'HeLLo'), (r'(?i)k', '\u212a'),
    (r'\bfoo\b', 'a foo b'), (r'\Bo', 'foo'), (r'\Aab\Z', 'ab'), (r'x$', 'x\n'),
    (r'(?m)^b', 'a\nb'), (r'(?s)a.b', 'a\nb'), (r'a.b', 'a\nb'), (r'\d+', '١٢٣'), (r'(?a)\d+', '١٢٣'),
    (r'\w+', 'héllo'), (r'(?a)\w+', 'héllo'), (r'\s+', '\u2003x'), (r'(a)|(b)', 'b'),
    (r'(?P<first>a)(?P<second>b)?', 'a'), (r'(a)(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'),
    (r'(a*)*b', 'aaab'), (r'(a*)+b', 'b'), (r'(?:a|b)*?c', 'ababc'), (r'(.)\1', 'xaab'),
    (r'(?i)(.)\1', 'aA'), (r'[^a-c]+', 'abcxyz'), (r'[\u0100-\u0200]+', 'aĀđ'), (r'😀+', 'x😀😀y'),
    (r'.', '😀'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'(ab){2}', 'ababab'), (r'(?:x|xy){2,}?z', 'xyxyxz'),
    (r'', ''), (r'a|', 'b'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
]
for p, s in cases:
    m = re.search(p, s)
    show(repr(p), m, m and m.groups(), m and m.span(), m and m.lastindex, m and m.lastgroup)
    show(' findall', re.findall(p, s))
    show(' fullmatch', re.fullmatch(p, s))
show(re.findall(r'', 'abc'), re.split(r'x*', 'axbc'), re.sub(r'x*', '-', 'abxd'), re.subn('a', 'b', 'aaa', 2))
show(re.split(r'(,)', 'a,b,c'), re.split(',', 'a,b,c', maxsplit=1), re.split(r'\b', 'a b'))
show(re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.sub(r'(?P<a>\w)', r'<\g<a>>', 'xy'), re.sub('a', lambda m: m.group().upper(), 'banana'))
show(re.sub(b'a', b'\\n', b'abc'), re.findall(b'[a-c]+', b'xabcx'), re.match(b'(?i)ABC', b'abc'))
show(re.match(b'(?L)\\w+', b'abc\xe9'), re.match(rb'\w+', b'ab\xe9'))
show([m.span() for m in re.finditer(r'\w*', 'ab cd')])
p = re.compile(r'(?P<w>\w+)', re.I | re.M)
show(p, p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r'(?P<w>\w+)', re.I | re.M), hash(p) == hash(re.compile(r'(?P<w>\w+)', re.I | re.M)))
m = p.search('  hello world', 3, 9)
show(m, m.pos, m.endpos, m.string, m.re is p, m.regs, m[0], m['w'], m.group(0, 1, 'w'), m.start('w'), m.end(), m.span(1), m.groupdict(), m.expand(r'[\1]'))
for bad in [lambda: m.group(2), lambda: m.group('zz'), lambda: m.start(5), lambda: m.group([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
show(re.compile('a'*300))
show(re.compile(b'x', re.L | re.I), re.compile('x', re.A), re.compile('x', re.U), re.compile('x', re.X | re.S))
show(re.match('.*', 'x' * 100))
sc = re.compile(r'\d').scanner('a1b2')
show(sc.search(), sc.search(), sc.search(), sc.pattern)
sc = re.compile(r'\d').scanner('12a')
show(sc.match(), sc.match(), sc.match(), sc.match())
try: re.compile('a').match(b'a')
except Exception as e: print(type(e).__name__, e)
try: re.compile(b'a').match('a')
except Exception as e: print(type(e).__name__, e)
try: re.sub('a', r'\9', 'a')
except Exception as e: print(type(e).__name__, e)
try: re.sub('(a)', r'\g<x>', 'a')
except Exception as e: print(type(e).__name__, e)
show(re.match('(a)(b)?', 'a').groups('-'), re.match('(?P<a>a)(?P<b>b)?', 'a').groupdict(0))
show(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
import copy
show(copy.copy(p) is p, copy.deepcopy(m) is m)
show(re.match(r'(a+)+$', 'a' * 25 + 'b'))
show(re.escape('a.b'), re.fullmatch(r'a|ab', 'ab'), re.match('a', 'ba', 1), re.match('^a', 'ba', 1), re.compile('$').search('ab', 0, 1))
show(re.compile('').match('abc', 2, 1))
show(re.sub('a', 'x', bytearray(b'abc') if False else 'abc'), re.sub(b'a', b'x', bytearray(b'bcd')), re.match(b'a', memoryview(b'abc')).group())
