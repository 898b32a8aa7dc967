# abs, divmod, pow, round over int, bool, float, complex and custom classes
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-3), abs(True), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-10 ** 30), abs(float("-inf")))
attempt(lambda: abs("a"))
attempt(lambda: abs())
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2), divmod(10 ** 20, 7))
attempt(lambda: divmod(1, 0))
attempt(lambda: divmod(1.0, 0))
attempt(lambda: divmod(1j, 1))
attempt(lambda: divmod("a", 1))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 1 / 3).real > 0, pow(0, 0))
print(pow(base=2, exp=3), pow(2, exp=3, mod=3), pow(1j, 2), pow(10, 20, 10 ** 9 + 7))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: pow(2.0, 3, 5))
attempt(lambda: pow(0, -1))
attempt(lambda: pow(0.0, -1))
attempt(lambda: pow("a", 2))
attempt(lambda: pow(2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1250, -2), round(7, 0))
print(round(1.5), type(round(1.5)).__name__, round(1.5, None), type(round(2.0, 0)).__name__, round(True), round(10 ** 30 + 5, -1))
attempt(lambda: round(float("inf")))
attempt(lambda: round(float("nan")))
attempt(lambda: round("1"))
attempt(lambda: round(1.5, "a"))
attempt(lambda: round(1j))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(10 ** 20), bin(True))
attempt(lambda: bin(1.0))
attempt(lambda: hex("a"))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("a"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")), chr(0), repr(chr(0x10FFFF)))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: chr(1.0))
attempt(lambda: ord("ab"))
attempt(lambda: ord(""))
attempt(lambda: ord(b"ab"))
attempt(lambda: ord(1))
