# Builtin functions: results and CPython's messages.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-3), abs(2.5), divmod(7, 2), divmod(-7, 2), pow(2, 10), pow(2, -1, 5), pow(3, 4, 5))
print(round(2.5), round(3.5), round(1.25, 1), round(7), round(1234, -2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum(range(100)))
print(sum([2**62, 2**62, 2**62]), sum([1, 2**64]), sum([], start=5))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="d"), max((1, 2), (1, 3), key=lambda t: t[1]))
print(min([3, 1, 2], key=lambda x: -x), max([1, 1.0]), min(1, 2, key=None))
print(hex(255), hex(-1), oct(8), bin(5), bin(-5), hex(2**70))
print(chr(65), chr(0x20AC), len(chr(0x1F600)), ord("a"), ord("\U0001F600"), ord(b"a"))
print(ascii("é"), ascii([1, "ü"]), ascii("\U0001F600"), repr("é"))
print(format(3.14159, ".2f"), format(42), format("s", ">4"), format(255, "x"))
print(all([]), all([1, 0]), any([]), any([0, 1]), all(x > 0 for x in [1, 2]))
print(callable(len), callable(1), callable(int), callable(lambda: 0))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted([-3, 1, 2], key=abs))
print(list(iter([1, 2])), next(iter([7])), next(iter([]), "dflt"))
calls = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(calls), None)))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
a = []
print(id(a) == id(a), id(a) != id([]))
print(isinstance(1, int), isinstance(True, (str, int)), isinstance(1, (str, (float, int))), issubclass(bool, int), issubclass(int, (str, object)))
print(getattr([], "nope", "dflt"), hasattr([], "append"), hasattr([], "nope"))

class C:
    pass
c = C()
setattr(c, "x", 1)
print(getattr(c, "x"), vars(c))
delattr(c, "x")
print(vars(c), hasattr(c, "x"))

for f in [lambda: getattr(1), lambda: getattr(1, 2), lambda: getattr(1, "x"), lambda: setattr(1, 2, 3),
          lambda: delattr(1, 2), lambda: hasattr(1, 2), lambda: hasattr(1), lambda: chr(-1),
          lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(1), lambda: ord(b"ab"),
          lambda: format(1, 2), lambda: round("a"), lambda: round(), lambda: sum(), lambda: sum(["a"], ""),
          lambda: sum([], b""), lambda: sum([], bytearray()), lambda: sum([1], start="x"), lambda: min(),
          lambda: max(1), lambda: max([]), lambda: max(1, 2, default=3), lambda: max([1], x=1),
          lambda: min([1], key=3), lambda: sorted(), lambda: sorted([3], 1), lambda: iter(),
          lambda: iter(1, 2), lambda: iter(1), lambda: next(1), lambda: next(), lambda: next(iter([])),
          lambda: all(), lambda: any(1), lambda: aiter(1), lambda: anext(1), lambda: callable(),
          lambda: hash([]), lambda: id(), lambda: vars(1), lambda: vars(1, 2), lambda: dir(1, 2),
          lambda: divmod(1), lambda: pow(1), lambda: pow(2, 3, 4, 5), lambda: abs(), lambda: bin(1.5),
          lambda: hex("a"), lambda: oct(), lambda: format(), lambda: repr(1, x=1), lambda: len(x=1),
          lambda: len(1), lambda: len(), lambda: ascii(), lambda: isinstance(1), lambda: isinstance(1, 3),
          lambda: issubclass(1, int), lambda: issubclass(int, 3), lambda: isinstance(1, int, x=1),
          lambda: sum([1, 2], 3, 4), lambda: abs("a"), lambda: divmod("a", 1), lambda: pow("a", 2)]:
    show(f)
