# _sre itself: constants, the character functions, compile() with code lists
# that re._compiler produced for CPython 3.11, and its argument checks.
import _sre

print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.__doc__, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, repr(_sre.copyright))
print(_sre.getcodesize())
for ch in [0, 65, 97, 122, 49, 95, 0xe9, 0x130, 0x131, 0x1c5, 0x3a3, 0x1e9e, 0x10400, 0x212a, -1]:
    print(ch, _sre.ascii_iscased(ch), _sre.unicode_iscased(ch), _sre.ascii_tolower(ch), _sre.unicode_tolower(ch))
for bad in [lambda: _sre.ascii_iscased('a'), lambda: _sre.ascii_iscased(2**40), lambda: _sre.unicode_tolower(1.5),
            lambda: _sre.ascii_tolower(), lambda: _sre.getcodesize(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# re._compiler.compile('(a)(?P<n>b+)c', 0) on CPython 3.11.2
code = [14, 8, 1, 3, 4294967295, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 17, 2, 24, 6, 1, 4294967295, 16, 98, 1, 17, 3, 16, 99, 1]
p = _sre.compile('(a)(?P<n>b+)c', 0, code, 2, {'n': 2}, (None, None, 'n'))
print(p, p.groups, p.groupindex, p.pattern, p.flags)
m = p.search('xxabbbc')
print(m, m.groups(), m.lastindex, m.lastgroup, m.span(2), m.regs)
print(p.findall('abc abbc ac'), p.split('1abc2abbc3'), p.sub('-', 'abcabbc'))
# A literal pattern with the INFO prefix (SRE_INFO_LITERAL): re._compiler.compile('abc', 0)
lit = _sre.compile('abc', 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, ())
print(lit.search('xxabcab'), lit.findall('abcabcab'), lit.match('abc'), lit.fullmatch('abcd'))
print(lit == _sre.compile('abc', 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, ()))
print(lit != p, lit == 'abc', hash(lit) == hash(_sre.compile('abc', 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, ())))
for bad in [
    lambda: _sre.compile('a', 0, [16, 2**32, 1], 0, {}, ()),
    lambda: _sre.compile('a', 0, [16, -1, 1], 0, {}, ()),
    lambda: _sre.compile('a', 0, (16, 97, 1), 0, {}, ()),
    lambda: _sre.compile(1, 0, [16, 97, 1], 0, {}, ()),
    lambda: _sre.compile('a', 0, [16, 97, 1], 0, {}),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
nb = _sre.compile(None, 0, [16, 97, 1], 0, {}, ())
print(nb.match('a'), nb.match(b'a'))
try:
    type(p)()
except Exception as e:
    print(type(e).__name__, e)
try:
    type(m)()
except Exception as e:
    print(type(e).__name__, e)
print(type(p).__name__, type(p).__module__, type(m).__name__, type(m).__module__)
sc = p.scanner('abc abbc')
print(type(sc).__name__, type(sc).__module__, sc.pattern is p)
