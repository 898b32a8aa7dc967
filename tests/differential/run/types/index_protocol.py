# __index__: used by slicing, range, bin/hex/oct, list indexing, repetition; its errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[I(3)], data[I(-1)], data[I(2):I(5)], data[::I(3)], 'abcdef'[I(1)], (1, 2, 3)[I(0)])
print(list(range(I(4))), list(range(I(1), I(7), I(2))), range(10)[I(2)])
print(bin(I(5)), hex(I(255)), oct(I(8)), [0] * I(3), 'ab' * I(2), I(2) * [1])
print(int.__index__(7), (5).__index__())
print(bytes(I(3)), bytearray(I(2)), format(I(1), '') if False else 'skip')
show(lambda: int(I(5)))
show(lambda: float(I(5)))
print(complex(1, 0) if False else 'skip complex')
print(round(2.5, I(0)), 'abc'.center(I(7), '*'), divmod(7, 2))
print(slice(I(1), I(5)).indices(10) if False else slice(1, 5).indices(I(10)))
print(pow(2, I(10)) if False else 'pow skip')

class Bad:
    def __index__(self):
        return 'not an int'
show(lambda: data[Bad()])
show(lambda: range(Bad()))
show(lambda: bin(Bad()))
show(lambda: [1] * Bad())

class Float:
    def __index__(self):
        return 1.5
show(lambda: data[Float()])

class Raises:
    def __index__(self):
        raise RuntimeError('no index')
show(lambda: data[Raises()])

class NoIndex: pass
show(lambda: data[NoIndex()])
show(lambda: data[NoIndex():])
show(lambda: range(NoIndex()))
show(lambda: bin(NoIndex()))
show(lambda: 'ab' * NoIndex())
show(lambda: data[1.0])
show(lambda: hex(1.0))
show(lambda: range(1.0))

# huge indexes
class Huge:
    def __index__(self):
        return 10 ** 30
show(lambda: data[Huge()])
print(data[Huge():], data[-Huge() if False else 0:2])
show(lambda: [0] * Huge())

# an int subclass with __index__ overridden: int operations use the int value
class Weird(int):
    def __index__(self):
        return 0
w = Weird(3)
print(data[w], bin(w), list(range(w)))
