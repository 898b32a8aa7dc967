# str.format, format_map, __format__ and % formatting.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]

    def __repr__(self):
        return "P()"

    def __str__(self):
        return "p-str"

    def __format__(self, spec):
        return "P[" + spec + "]"

p = P()
print("{} {} {}".format(1, "a", 2.5), "{1}{0}".format("a", "b"), "{name}!".format(name="x"))
print("{0.x} {0.items[1]} {d[key]}".format(p, d={"key": "v"}))
print("{!r} {!s} {!a}".format("é", p, "é"), "{:>8}|{:<4}|{:^7}|".format("ab", "c", "mid"))
print("{:*^10}".format("x"), "{:.2}".format("abcdef"), "{0:{1}}".format("w", 5), "{:x}".format(p))
print("{{}} {{{}}}".format(7), "{:,}".format(1234567), "{:08.3f}".format(3.14159), "{:#x}".format(255))
print("{a}-{b}".format_map({"a": 1, "b": 2}), format("ab", ">4"), format(p, "spec"), format(12, "05d"))
print("%s|%r|%a" % ("é", "é", "é"), "%5s|%-5s|" % ("a", "b"), "%d %i %x %X %o" % (10, 11, 255, 255, 8))
print("%.3f %e %g %G" % (3.14159, 12345.678, 0.0001, 1e20), "%c%c" % (65, "b"), "%%", "%(a)s+%(b)d" % {"a": "x", "b": 5})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%#o %#x" % (8, 255))
for call in [
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0}{}".format(1, 2),
    lambda: "{}{0}".format(1, 2),
    lambda: "{1}".format(1),
    lambda: "{x}".format(),
    lambda: "{0.nope}".format(p),
    lambda: "{!z}".format(1),
    lambda: "{:d}".format("a"),
    lambda: "{0}".format_map({}),
    lambda: format("a", "d"),
    lambda: "%d" % "a",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%(a)s" % 1,
    lambda: "%z" % 1,
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: "%" % (),
    lambda: "%(a" % {"a": 1},
    lambda: "a".__format__(1),
]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
