# find / rfind / index / rindex / count with start and end (negative, None, past the end), empty needles, astral text.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


t = 'abcabcab😀c'
for sub in ['a', 'ab', 'c', '😀', '😀c', '', 'z', 'abcabcab😀c', 'abcabcab😀cX']:
    for start, end in [(None, None), (1, None), (-3, None), (0, 4), (2, -2), (5, 3), (100, None), (-100, 2), (3, 3), (11, 11), (12, 12)]:
        show(f'{sub!r}[{start}:{end}]', lambda: (t.find(sub, start, end), t.rfind(sub, start, end), t.count(sub, start, end)))
        show(f'index {sub!r}[{start}:{end}]', lambda: (t.index(sub, start, end), t.rindex(sub, start, end)))

show('"".find("")', lambda: ''.find(''))
show('"".find("", 1)', lambda: ''.find('', 1))
show('"".count("")', lambda: ''.count(''))
show('"abc".count("")', lambda: 'abc'.count(''))
show('"abc".count("", 1, 2)', lambda: 'abc'.count('', 1, 2))
show('"aaaa".count("aa")', lambda: 'aaaa'.count('aa'))
show('"aaaa".find("aa", 1)', lambda: 'aaaa'.find('aa', 1))
show('"aaaa".rfind("aa")', lambda: 'aaaa'.rfind('aa'))
show('"abc".index("d")', lambda: 'abc'.index('d'))
show('"abc".rindex("d")', lambda: 'abc'.rindex('d'))
show('"abc".find(1)', lambda: 'abc'.find(1))
show('"abc".count(None)', lambda: 'abc'.count(None))
show('"abc".find("a", "1")', lambda: 'abc'.find('a', '1'))
show('"abc".find("a", 1.0)', lambda: 'abc'.find('a', 1.0))
show('"abc".find("a", 0, 1, 2)', lambda: 'abc'.find('a', 0, 1, 2))
show('"abc".find()', lambda: 'abc'.find())
show('"abc".find(sub="a")', lambda: 'abc'.find(sub='a'))
show('"abc".find("c", 2 ** 70)', lambda: 'abc'.find('c', 2 ** 70))
show('"abc".find("c", -(2 ** 70))', lambda: 'abc'.find('c', -(2 ** 70)))
show('"abc".find("b", None, 2 ** 70)', lambda: 'abc'.find('b', None, 2 ** 70))


class I:
    def __index__(self):
        return 1


show('"abc".find("b", I())', lambda: 'abc'.find('b', I()))
show('"abc".count("b", I(), I())', lambda: 'abc'.count('b', I(), I()))
show('"a\\udc80b".find("\\udc80")', lambda: 'a\udc80b'.find('\udc80'))
show('"x😀y😀".rfind("😀")', lambda: 'x😀y😀'.rfind('😀'))
show('"ß".find("s")', lambda: 'ß'.find('s'))
