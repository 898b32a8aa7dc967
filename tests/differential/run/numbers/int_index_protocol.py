# __index__: where objects stand in for ints (slices, bin/hex, range, sequence repeat), and where they do not.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


def index(o):
    # operator.index without the operator module: range() calls PyNumber_Index
    return range(o, o + 1).start


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return 'x'


class BoolIdx:
    def __index__(self):
        return True


class SubInt(int):
    pass


class IntLike:
    def __int__(self):
        return 5


s = 'abcdefgh'
show('s[Idx(2)]', lambda: s[Idx(2)])
show('s[Idx(-1)]', lambda: s[Idx(-1)])
show('s[Idx(1):Idx(5):Idx(2)]', lambda: s[Idx(1):Idx(5):Idx(2)])
show('[1, 2, 3][Idx(1)]', lambda: [1, 2, 3][Idx(1)])
show('(1, 2, 3)[Idx(10)]', lambda: (1, 2, 3)[Idx(10)])
show('s[BadIdx()]', lambda: s[BadIdx()])
show('s[IntLike()]', lambda: s[IntLike()])
show('s[1.0]', lambda: s[1.0])
show('bin(Idx(5))', lambda: bin(Idx(5)))
show('oct(Idx(-8))', lambda: oct(Idx(-8)))
show('hex(Idx(255))', lambda: hex(Idx(255)))
show('hex(IntLike())', lambda: hex(IntLike()))
show('hex(BadIdx())', lambda: hex(BadIdx()))
show('list(range(Idx(3)))', lambda: list(range(Idx(3))))
show('range(Idx(1), Idx(10), Idx(4))', lambda: range(Idx(1), Idx(10), Idx(4)))
show('range(IntLike())', lambda: range(IntLike()))
show('"ab" * Idx(3)', lambda: 'ab' * Idx(3))
show('Idx(2) * [0]', lambda: Idx(2) * [0])
show('b"x" * Idx(4)', lambda: b'x' * Idx(4))
show('"ab" * IntLike()', lambda: 'ab' * IntLike())
show('index(Idx(7))', lambda: index(Idx(7)))
show('index(True)', lambda: index(True))
show('index(SubInt(4))', lambda: (index(SubInt(4)), type(index(SubInt(4))).__name__))
show('index(1.5)', lambda: index(1.5))
show('index(BoolIdx())', lambda: index(BoolIdx()))
show('int(Idx(9))', lambda: int(Idx(9)))
show('float(Idx(9))', lambda: float(Idx(9)))
show('complex(Idx(9))', lambda: complex(Idx(9)))
show('round(2.5, Idx(0))', lambda: round(2.5, Idx(0)))
show('pow(Idx(2), Idx(10))', lambda: pow(Idx(2), Idx(10)))
show('Idx(2) + 1', lambda: Idx(2) + 1)
show('chr(Idx(65))', lambda: chr(Idx(65)))
show('"{:x}".format(Idx(255))', lambda: '{:x}'.format(Idx(255)))
show('"%x" % Idx(255)', lambda: '%x' % Idx(255))
show('"%d" % Idx(255)', lambda: '%d' % Idx(255))
show('"%c" % Idx(66)', lambda: '%c' % Idx(66))
show('(10).to_bytes(Idx(2), "big")', lambda: (10).to_bytes(Idx(2), 'big'))
show('int("10", Idx(16))', lambda: int('10', Idx(16)))
show('bytes(Idx(3))', lambda: bytes(Idx(3)))
show('bytearray(Idx(2))', lambda: bytearray(Idx(2)))
show('[1, 2, 3, 4].pop(Idx(0))', lambda: [1, 2, 3, 4].pop(Idx(0)))
show('"abc".center(Idx(7), "*")', lambda: 'abc'.center(Idx(7), '*'))
show('Idx(2 ** 70) in range(2 ** 71)', lambda: 2 ** 70 in range(2 ** 71))
show('s[Idx(2 ** 70)]', lambda: s[Idx(2 ** 70)])
show('"abc"[SubInt(1)]', lambda: 'abc'[SubInt(1)])
show('divmod(Idx(7), 2)', lambda: divmod(Idx(7), 2))
