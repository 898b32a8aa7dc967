# __index__ used by slicing, range, bin/hex/oct, sequence indexing and repetition.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return 'I(%r)' % self.v

seq = list(range(10))
print(seq[I(2)], seq[I(-1)], 'abcdef'[I(3)], (1, 2, 3)[I(0)], b'xyz'[I(1)], range(5)[I(4)])
print(seq[I(1):I(4)], seq[::I(3)], 'abcdef'[I(1):], seq[I(-3):I(-1)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(I(2), I(5)))
print(bin(I(5)), hex(I(255)), oct(I(8)), '%x' % I(255), '%d' % I(3) if False else '')
print([0] * I(3), I(2) * 'ab', b'x' * I(2), (1,) * I(2))
print(slice(I(1), I(5)).indices(10))
print(int(I(7)) if hasattr(int, '__index__') else '', round(2.567, I(2)), hash(I(1)) != 0)
print(bytes(I(3)), bytearray(I(2)))
print(chr(I(65)), format(I(10), 'b') if False else '', divmod(7, 2))
seq2 = list(range(10))
seq2[I(0)] = 'z'
del seq2[I(1)]
seq2[I(1):I(3)] = ['q']
print(seq2)
print('abc'.__getitem__(I(1)), [1, 2, 3].pop(I(0)), [1, 2].index(2, I(0)), 'a-b-c'.split('-', I(1)))
print(list(reversed(range(I(3)))), sum([], I(0)) if False else '', 'x'.center(I(5), '*'), 'ab'.zfill(I(4)))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class NotIdx:
    pass
class BadRet:
    def __index__(self):
        return 1.5
class RetBool:
    def __index__(self):
        return True
class MyInt(int):
    pass
class RetSub:
    def __index__(self):
        return MyInt(2)
class Raises:
    def __index__(self):
        raise ArithmeticError('nope')
err(lambda: seq[NotIdx()])
err(lambda: seq[BadRet()])
err(lambda: seq[Raises()])
err(lambda: seq[NotIdx():])
err(lambda: seq[:BadRet()])
err(lambda: range(NotIdx()))
err(lambda: range(BadRet()))
err(lambda: range(1, 2, NotIdx()))
err(lambda: bin(NotIdx()))
err(lambda: hex(1.5))
err(lambda: oct(BadRet()))
err(lambda: 'abc'[NotIdx()])
err(lambda: (1,)[BadRet()])
err(lambda: [1] * NotIdx())
err(lambda: [1] * BadRet())
err(lambda: 'ab' * 1.5)
err(lambda: seq[I(100)])
err(lambda: seq[I(2**100)])
err(lambda: [1] * I(2**100))
err(lambda: range(I(3))[I(5)])
err(lambda: chr(BadRet()))
err(lambda: bytes(BadRet()))
err(lambda: bytearray(BadRet()))
err(lambda: bytes(Raises()))
err(lambda: slice(NotIdx()).indices(3))
err(lambda: slice(1, 2).indices(NotIdx()))
err(lambda: 'a'.center(NotIdx()))
err(lambda: [].pop(NotIdx()))
err(lambda: {}[[]])
err(lambda: round(1.5, NotIdx()))
err(lambda: '%x' % NotIdx())
err(lambda: '%c' % BadRet())
class IntSub(int):
    def __index__(self):
        return 99
print(seq[IntSub(1)], bin(IntSub(1)), range(IntSub(2)))
seq[BadRet()]
