"""CPython 3.11's answers for number and string formatting and parsing cases.

Generates a fixed (seeded) set of cases for Ember.Runtime.Text and records, for
each, what CPython returns or the exception it raises (class and message).
Ember.Runtime.Tests reads the file and compares Ember's answer with every case.

Usage (run with the oracle interpreter, python3.11):
    format_cases.py --out FILE [--refresh] [--seed N] [--scale K]
        Writes FILE (JSON lines) unless it is already current: its first line
        records this script's SHA-256, the Python version, the seed and the
        scale, and the cases are regenerated only when one changes, or with
        --refresh. --seed and --scale (K times the random cases) are for stress
        runs: point EMBER_FORMAT_CASES at such a file and the tests use it as
        it is.

Each line after the header is one JSON object: "a" names the area, the inputs
follow, then "r" (the result) or "e" ([class name, message]). Floats are given
as their 64-bit pattern in hex ("v": "3ff8000000000000"), ints as hex() text so
that no case depends on the int-to-str digit limit.
"""
import argparse
import hashlib
import json
import math
import os
import random
import struct
import sys

FORMAT_VERSION = 1
SEED = 20260522
SCALE = 1


def scaled(count):
    return count * SCALE


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def has_surrogates(text):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def outcome(fn):
    try:
        result = fn()
        if isinstance(result, str) and has_surrogates(result):
            # JSON readers refuse lone surrogates: give the UTF-16 code units.
            units = result.encode("utf-16-le", "surrogatepass")
            return {"r16": [units[i] | (units[i + 1] << 8) for i in range(0, len(units), 2)]}
        return {"r": result}
    except (ValueError, TypeError, OverflowError, KeyError, MemoryError, IndexError, AttributeError) as e:
        return {"e": [type(e).__name__, str(e)]}


def special_floats():
    values = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
              5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
              -1.7976931348623157e308, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00001,
              123.456, -123.456, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023,
              0.1, 0.2, 0.3, 1 / 3, 2 / 3, 2.675, 1.005, 0.045, 1234567.125, 9.995, 99.5, 999.5, 0.05,
              1e300, 1e-300, 3.14159, 100.0, 1e100, 12345.678, 0.999999, 9.9999999, 0.0005, 4.35, 1e-7]
    for e in range(-30, 31):
        values.append(10.0 ** e)
        values.append(-(10.0 ** e) * 1.5)
    for e in (-1074, -1073, -1022, -1021, -1, 0, 1, 52, 53, 54, 1022, 1023):
        values.append(2.0 ** e)
    return values


def random_float(rng):
    kind = rng.randrange(8)
    if kind == 0:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind == 1:
        # An exact binary fraction: often a decimal tie when formatted.
        return rng.randrange(-10 ** 6, 10 ** 6) / 2.0 ** rng.randrange(0, 12)
    if kind == 2:
        return rng.randrange(-10 ** rng.randrange(1, 18), 10 ** rng.randrange(1, 18)) / 10.0 ** rng.randrange(0, 20)
    if kind == 3:
        return float("%d.%de%d" % (rng.randrange(10), rng.randrange(10 ** 15), rng.randrange(-330, 310)))
    if kind == 4:
        # Near a tie at some decimal position: x.xxx5 parsed.
        digits = rng.randrange(1, 17)
        text = "%d.%s5" % (rng.randrange(0, 1000), "".join(rng.choice("0123456789") for _ in range(digits)))
        return float(text) * (10.0 ** rng.randrange(-5, 6))
    if kind == 5:
        return math.ldexp(rng.getrandbits(53) | 1, rng.randrange(-1100, 970))
    if kind == 6:
        return rng.choice(special_floats())
    return rng.uniform(-1e6, 1e6)


def random_int(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.randrange(-300, 300)
    if kind == 1:
        return rng.randrange(-2 ** 64, 2 ** 64)
    if kind == 2:
        return rng.choice([0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 0x10FFFF, 0x110000,
                           10 ** 18, 10 ** 19, 2 ** 53 + 1, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971,
                           2 ** 1024 - 2 ** 970 - 1, 10 ** 308, 10 ** 309])
    if kind == 3:
        return rng.randrange(-10 ** 60, 10 ** 60)
    if kind == 4:
        return rng.getrandbits(rng.randrange(1, 1200)) * rng.choice([1, -1])
    if kind == 5:
        return rng.randrange(0, 0x110000)
    return rng.randrange(-10 ** 6, 10 ** 6)


FILLS = ["", "", "", "*", "0", " ", "x", "<", "=", "\u00e9", "\U0001F600", "{", "}"]


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.4:
        fill = rng.choice(FILLS)
        parts.append(fill + rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 30, 40])))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_", ",", "_"]))
    if rng.random() < 0.5:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 50, 100, 400])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    spec = "".join(parts)
    if rng.random() < 0.03:
        # A broken spec: an extra character somewhere.
        at = rng.randrange(len(spec) + 1)
        spec = spec[:at] + rng.choice(",_.#x0+z<!") + spec[at:]
    return spec


FIXED_SPECS = ["", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r", "a", "y",
               "\u00e9", "\x01", " ", ".", "10.", ",,", ",_", "_,", ",s", ",x", "_x", "_b", ",n", "_n", ".2",
               ".2d", "z", "zd", "+c", "#c", ",c", "=", "<", "^", ">", "010", "=10", "0=10", "+", "-", " ",
               "#", "#x", "#X", "#o", "#b", "#010x", "#012_x", "#012_b", "08,", "09,", "010,", "015,.2f",
               "=+12,", "^+12,", "x<10", "\U0001F600^9", "abc", "<<<", ".99999999999999999999",
               "99999999999999999999", ".2147483648", "z.2f", "z.0f", "z.2e", "z.3", "z=", "#.0", "#.3",
               ".0", ".3", ".17", ",.2f", "_.3e", "012.3%", "#g", "#.0e", "#.0f", ".1000f", "\u0661\u0660",
               ".\u0663f", "+z#010,.3f", "<+z#010c", "12.5s", "^12.5", ".0s", "010s", "=s", "+s", " s",
               "#s", "zs", ",", "_", "x^10,", "*>+#020_.4g", "0<8", "0>8", "0^8", "0=8", ".1e", ".16e",
               ".17e", ".25e", "%", ".0%", "#.0%", "n", ".3n", "015n", ".10g", ".20g", ".30f", ".50e",
               "040,", "060_x", "0100,.2f", "0101_", "=099,", "0>50,", "*=70_"]


def gen_format_int(rng, out):
    values = [random_int(rng) for _ in range(scaled(2000))] + [0, 1, -1, 255, -255, 1234, -1234, 10 ** 4300 - 1]
    for v in values:
        specs = [random_spec(rng, "dxXobcn" * 3 + "eEfFgG%sy")] + [rng.choice(FIXED_SPECS)]
        for spec in specs:
            if abs(v) > 2 ** 4000 and spec and spec[-1:] not in "xXob":
                continue
            case = {"a": "fmt_int", "v": hex(v), "t": "int", "s": spec}
            case.update(outcome(lambda: format(v, spec)))
            out.append(case)
    for b in (False, True):
        for spec in ["d", "x", "s", "c", "n", "f", "+d", "5", "<5", "e"]:
            case = {"a": "fmt_int", "v": hex(int(b)), "t": "bool", "s": spec}
            case.update(outcome(lambda: format(b, spec)))
            out.append(case)
    # The digit limit: str() of ints around 4300 digits.
    for digits in (4299, 4300, 4301, 5000, 20000):
        for v in (10 ** (digits - 1), 10 ** digits - 1, -(10 ** (digits - 1))):
            for spec in ("", "d", ",", "x", "n", "_"):
                case = {"a": "fmt_int", "v": hex(v), "t": "int", "s": spec}
                case.update(outcome(lambda: format(v, spec)))
                out.append(case)


def gen_format_float(rng, out):
    values = special_floats() + [random_float(rng) for _ in range(scaled(6000))]
    for v in values:
        specs = [random_spec(rng, "eEfFgGn%" * 3 + "dxs")] + [rng.choice(FIXED_SPECS)]
        if rng.random() < 0.5:
            specs.append("." + str(rng.randrange(0, 30)) + rng.choice("eEfFgG%"))
        for spec in specs:
            case = {"a": "fmt_float", "v": bits(v), "s": spec}
            case.update(outcome(lambda: format(v, spec)))
            out.append(case)
    # Hard cases for the digit generator: neighbours of powers of ten (the
    # exponent estimate) and exact decimal ties (half to even).
    for e in range(-323, 309):
        p10 = float("1e%d" % e)
        for v in (p10, math.nextafter(p10, 0.0), math.nextafter(p10, math.inf)):
            if not math.isfinite(v):
                continue
            spec = "." + str(rng.randrange(0, 21)) + rng.choice(["e", "g", "", "E", "G"])
            case = {"a": "fmt_float", "v": bits(v), "s": spec}
            case.update(outcome(lambda: format(v, spec)))
            out.append(case)
    for _ in range(scaled(3000)):
        j = rng.randrange(1, 70)
        v = (2 * rng.randrange(0, 2 ** rng.randrange(1, 52)) + 1) / 2.0 ** j * rng.choice([1, -1])
        spec = rng.choice([".%df" % (j - 1), ".%df" % j, ".%de" % max(0, len(repr(abs(v)).replace(".", "").lstrip("0")) - 2), "z.%df" % (j - 1)])
        case = {"a": "fmt_float", "v": bits(v), "s": spec}
        case.update(outcome(lambda: format(v, spec)))
        out.append(case)
    for _ in range(scaled(1500)):
        n = rng.randrange(1, 2 ** 53) * 10 + 5
        while n >= 2 ** 53:
            n //= 10
        v = float(n)
        spec = ".%de" % (len(str(n)) - 2)
        case = {"a": "fmt_float", "v": bits(v), "s": spec}
        case.update(outcome(lambda: format(v, spec)))
        out.append(case)

    # Every float with no spec is str(), i.e. repr: a separate, larger area.
    for v in values + [random_float(rng) for _ in range(scaled(20000))]:
        out.append({"a": "float_repr", "v": bits(v), "r": repr(v)})


STR_SAMPLES = ["", "a", "ab", "hello", "h\u00e9llo", "\U0001F600", "a\U0001F600b", "\u0661\u0662",
               "x" * 50, "spaces  ", "tab\t", "{}", "\u00e9\u00e8\u00ea"]


def random_str(rng):
    if rng.random() < 0.5:
        return rng.choice(STR_SAMPLES)
    alphabet = "abcXYZ 019_\u00e9\u4e2d\U0001F600\U00010400-."
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))


def gen_format_str(rng, out):
    for _ in range(scaled(2500)):
        v = random_str(rng)
        spec = random_spec(rng, "s" * 6 + "dr") if rng.random() < 0.8 else rng.choice(FIXED_SPECS)
        case = {"a": "fmt_str", "v": v, "s": spec}
        case.update(outcome(lambda: format(v, spec)))
        out.append(case)


def gen_format_complex(rng, out):
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e20, 1e-20, math.inf, -math.inf, math.nan, 1234.5, 0.1]
    for _ in range(scaled(2500)):
        re = rng.choice(parts) if rng.random() < 0.4 else random_float(rng)
        im = rng.choice(parts) if rng.random() < 0.4 else random_float(rng)
        spec = random_spec(rng, "eEfFgGn%") if rng.random() < 0.8 else rng.choice(FIXED_SPECS)
        z = complex(re, im)
        case = {"a": "fmt_complex", "re": bits(re), "im": bits(im), "s": spec}
        case.update(outcome(lambda: format(z, spec)))
        out.append(case)


OTHER_VALUES = {"list": [1, 2], "NoneType": None, "bytes": b"ab", "complex": 1 + 2j, "dict": {"k": 1}}


def describe(value):
    """An argument as the C# side rebuilds it: kind, value, type name and its str/repr/ascii."""
    name = type(value).__name__
    if isinstance(value, bool) or isinstance(value, int):
        arg = {"k": "int", "v": hex(int(value))}
    elif isinstance(value, float):
        arg = {"k": "float", "v": bits(value)}
    elif isinstance(value, str):
        arg = {"k": "str", "v": value}
    else:
        arg = {"k": "other"}
    arg["t"] = name
    for key, fn in (("str", str), ("repr", repr), ("ascii", ascii)):
        try:
            arg[key] = fn(value)
        except ValueError as e:
            arg[key + "_error"] = [type(e).__name__, str(e)]
    return arg


def is_mapping(value):
    return hasattr(type(value), "__getitem__") and not isinstance(value, (tuple, str))


def random_arg(rng):
    kind = rng.randrange(10)
    if kind < 4:
        return random_int(rng) if rng.random() < 0.7 else rng.randrange(-100, 100)
    if kind == 4:
        return rng.random() < 0.5
    if kind < 7:
        return random_float(rng)
    if kind < 9:
        return random_str(rng) if rng.random() < 0.6 else rng.choice(["a", "\u00e9", "\U0001F600"])
    return OTHER_VALUES[rng.choice(sorted(OTHER_VALUES))]


PCT_TYPES = "diouxXeEfFgGcrsa%" * 3 + "yk\u00e9"


def random_directive(rng):
    parts = ["%"]
    for _ in range(rng.randrange(0, 3)):
        parts.append(rng.choice("-+ #0"))
    if rng.random() < 0.4:
        parts.append(rng.choice(["*", str(rng.randrange(0, 25))]))
    if rng.random() < 0.4:
        parts.append("." + rng.choice(["*", str(rng.randrange(0, 25)), ""]))
    if rng.random() < 0.05:
        parts.append(rng.choice("hlL"))
    if rng.random() < 0.97:
        parts.append(rng.choice(PCT_TYPES))
    return "".join(parts)


def percent_case(fmt, value):
    if isinstance(value, tuple):
        operand = {"tuple": [describe(v) for v in value]}
    else:
        operand = {"single": describe(value), "m": is_mapping(value)}
        if isinstance(value, dict):
            operand["map"] = {k: describe(v) for k, v in value.items()}
    case = {"a": "percent", "f": fmt, "args": operand}
    case.update(outcome(lambda: fmt % value))
    return case


def gen_percent(rng, out):
    for _ in range(scaled(6000)):
        directives = [random_directive(rng) for _ in range(rng.randrange(1, 4))]
        fmt = ""
        for d in directives:
            fmt += rng.choice(["", "", "x", " - ", "\u00e9", "\U0001F600"]) + d
        if rng.random() < 0.3:
            fmt += rng.choice(["", "!", "end"])
        args = []
        for d in directives:
            # '*' wants an int: usually give it one.
            for _ in range(d.count("*")):
                args.append(rng.randrange(-12, 25) if rng.random() < 0.9 else rng.choice(["x", 1.5, None, True]))
            if d != "%%":
                args.append(random_arg(rng))
        if rng.random() < 0.2:
            if args and rng.random() < 0.5:
                args.pop(rng.randrange(len(args)))
            else:
                args.append(random_arg(rng))
        value = args[0] if len(args) == 1 and rng.random() < 0.5 else tuple(args)
        out.append(percent_case(fmt, value))

    mapping = {"a": 5, "b": "x\u00e9", "c(d)": 2.5, "t": True}
    for fmt in ["%(a)d", "%(a)s %(b)s", "%(c(d))f", "%(a)*d", "%(a)s %s", "%s %(a)s", "%(x)s", "%(a", "%(",
                "%(a)", "%(a)5", "%%", "%(a)#x|%(b)-5s|", "", "abc", "%(a)s %(a)s", "%(a)c", "%(t)r", "%(b)d"]:
        out.append(percent_case(fmt, mapping))
    fixed = [("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%y", 1), ("%", ()),
             ("%s %s", (1,)), ("%s", (1, 2)), ("%*d", ("x", 1)), ("%.*d", ("x", 1)), ("%(a)s", 1),
             ("%(a)s", [1]), ("%s", [1, 2]), ("", [1]), ("", 5), ("", ()), ("", "abc"), ("%s", "abc"),
             ("%s %s", "ab"), ("%d", math.inf), ("%d", math.nan), ("%x", "x"), ("%c", 1.5), ("%e", "x"),
             ("%s", ()), ("%*.*f", (10, 2, 3.14159)), ("%-*d|", (-5, 3)), ("%.*f", (-3, 1.5)),
             ("%.1000f", 1.5), ("%ld", 5), ("%lld", 5), ("% 5d", 5), ("%\x80", 5), ("%\u20ac", 5),
             ("%\U0001F600", 5), ("%5", 5), ("%.", 5), ("%*", (5,)), ("%5%", ()), ("%5%", (1,)),
             ("%-05d|", 3), ("%-05d|", -3), ("%05s|", "ab"), ("%+s", "ab"), ("%#5x", 255), ("%#05x", 255),
             ("%#.5x", 255), ("%#-8o|", 8), ("%+.3d", 7), ("%5c|", 65), ("%-5c|", 65), ("%.2s", "abcdef"),
             ("%10.2r", "abc"), ("%*d", (2 ** 70, 1)), ("%.*d", (2 ** 40, 1)), ("%.*f", (2 ** 31, 1.0)),
             ("%.2147483648f", 1.0), ("%99999999999999999999d", 1), ("%0*d", (5, 3)), ("%F", math.inf),
             ("%F", math.nan), ("%E", -math.inf), ("%f", -math.nan), ("%d", 10 ** 5000), ("%s", 10 ** 5000),
             ("%x", 10 ** 400), ("%e", 10 ** 400), ("%#X", -255), ("%#o", 0), ("%+#x", 10), ("% #010X", -10),
             ("%i", -2.7), ("%u", 1e20), ("%c", "\U0001F600"), ("%c", 128512), ("%a", "\u00e9"), ("%r", True),
             ("%d", True), ("%s", False), ("%10.3s|", "\U0001F600" * 4), ("%c", True), ("%d", None),
             ("%x", 1 + 2j), ("%d", 1 + 2j), ("%f", None), ("%c", None), ("%s %s", [1, 2]), ("%c", ""),
             ("%.0s|%.0r", ("abc", "abc")), ("%+5s|", "ab"), ("%-+5d|", 3), ("%+-05d|", 3), ("% d", -3)]
    for fmt, value in fixed:
        out.append(percent_case(fmt, value))


class NS:
    """A plain object with attributes (its type name shows in error messages)."""

    def __init__(self, **attrs):
        self.__dict__.update(attrs)

    def __repr__(self):
        return "NS(%s)" % ", ".join("%s=%r" % item for item in sorted(self.__dict__.items()))


def describe_value(value):
    """A str.format argument: kind and contents, and its str/repr/ascii."""
    if isinstance(value, (bool, int, float, str)):
        arg = describe(value)
    elif isinstance(value, complex):
        arg = {"k": "complex", "re": bits(value.real), "im": bits(value.imag), "t": "complex"}
    elif isinstance(value, (list, tuple)):
        arg = {"k": "seq", "items": [describe_value(v) for v in value], "t": type(value).__name__}
    elif isinstance(value, dict):
        arg = {"k": "dict", "keys": [describe_value(k) for k in value], "values": [describe_value(v) for v in value.values()], "t": "dict"}
    elif isinstance(value, NS):
        arg = {"k": "obj", "attrs": {k: describe_value(v) for k, v in value.__dict__.items()}, "t": "NS"}
    else:
        arg = {"k": "other", "t": type(value).__name__}
    for key, fn in (("str", str), ("repr", repr), ("ascii", ascii)):
        try:
            arg[key] = fn(value)
        except ValueError as e:
            arg[key + "_error"] = [type(e).__name__, str(e)]
    return arg


def random_field_value(rng, depth=0):
    kind = rng.randrange(9 if depth < 2 else 5)
    if kind == 0:
        return random_int(rng) if rng.random() < 0.5 else rng.randrange(-50, 50)
    if kind == 1:
        return random_float(rng)
    if kind == 2:
        return random_str(rng)
    if kind == 3:
        return rng.choice([True, False, None, 1 + 2j, complex(-0.0, 1e20)])
    if kind == 4:
        return rng.randrange(0, 30)
    if kind == 5:
        return [random_field_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    if kind == 6:
        return tuple(random_field_value(rng, depth + 1) for _ in range(rng.randrange(0, 4)))
    if kind == 7:
        keys = rng.sample(["a", "b", "0", "x y", 1, 2], rng.randrange(0, 4))
        return {k: random_field_value(rng, depth + 1) for k in keys}
    return NS(**{k: random_field_value(rng, depth + 1) for k in rng.sample(["a", "b", "x"], rng.randrange(0, 3))})


def random_field(rng, npos, names, args, kwargs):
    if rng.random() < 0.85:
        name = rng.choice(["", "", str(rng.randrange(0, max(npos, 1)))] + names)
    else:
        name = rng.choice([str(npos), "zz", "\u0661", "0x", "-1", " 0", "99999999999999999999"])
    if rng.random() < 0.35:
        # Steps that usually fit the value the name picks.
        target = None
        if name.isdigit() and int(name) < len(args):
            target = args[int(name)]
        elif name in kwargs:
            target = kwargs[name]
        for _ in range(rng.randrange(1, 3)):
            if isinstance(target, NS) and target.__dict__ and rng.random() < 0.8:
                attr = rng.choice(sorted(target.__dict__))
                name += "." + attr
                target = target.__dict__[attr]
            elif isinstance(target, (list, tuple, str)) and target and rng.random() < 0.8:
                i = rng.randrange(len(target))
                name += "[%d]" % i
                target = target[i]
            elif isinstance(target, dict) and target and rng.random() < 0.8:
                key = rng.choice(list(target))
                name += "[%s]" % key
                target = target[key]
            else:
                name += rng.choice([".a", ".x", "[0]", "[5]", "[a]", "[x y]", "[-1]", "[]", ".", "[0", "]"])
                target = None
    field = "{" + name
    if rng.random() < 0.3:
        field += "!" + (rng.choice("rsa") if rng.random() < 0.9 else rng.choice(["x", "\u00e9", "rx", ""]))
    if rng.random() < 0.6:
        spec = random_spec(rng, "dxsfge%n" + "c")
        if rng.random() < 0.15:
            spec = spec[:1] + "{" + rng.choice(["", "0", "w", "1"]) + rng.choice(["", "", "", ":{}"]) + "}" + spec[1:]
        field += ":" + spec
    return field + ("}" if rng.random() < 0.97 else "")


def gen_str_format(rng, out):
    for _ in range(scaled(5000)):
        npos = rng.randrange(0, 4) if rng.random() < 0.2 else rng.randrange(1, 4)
        args = [random_field_value(rng) for _ in range(npos)]
        names = rng.sample(["a", "b", "w", "x y"], rng.randrange(0, 3))
        kwargs = {n: random_field_value(rng) for n in names}
        if "w" in kwargs and rng.random() < 0.7:
            kwargs["w"] = rng.randrange(0, 12)
        use_map = rng.random() < 0.1
        fmt = ""
        for _ in range(rng.randrange(1, max(npos, 1) + 1)):
            if rng.random() < 0.5:
                fmt += rng.choice(["x", "{{", "}}", " = ", "\u00e9", "\U0001F600"]) if rng.random() < 0.97 else rng.choice("{}")
            fmt += random_field(rng, 0 if use_map else npos, names if use_map and names and rng.random() < 0.9 else names, args, kwargs)
        case = {"a": "str_format", "f": fmt, "args": None if use_map else [describe_value(v) for v in args],
                "kwargs": {k: describe_value(v) for k, v in kwargs.items()}}
        case.update(outcome(lambda: fmt.format_map(kwargs) if use_map else fmt.format(*args, **kwargs)))
        out.append(case)
        parser_case(fmt, out)
    fixed = ["{5}", "{}", "{a}", "{", "}", "{{}}", "{0!}", "{0!r", "{0!rx}", "{0!x}", "{0!\u00e9}", "{0:{1:{2}}}",
             "{0:{1}}", "{:{}}", "{0:{}}", "{}{0}", "{0}{}", "{0[}", "{0]}", "{0.}", "{0[]}", "{0[0]x}", "{0[-1]}",
             "{0{", "{0:{", "{0:}", "{!r}", "{:}", "{99999999999999999999}", "{\u0661}", "{ 0}", "{0 }", "{x y}",
             "{0[a]b}", "{0:%}", "{0!r:>10}", "{0:{1}", "x}y", "x{", "{0!r:}", "{:d}", "{0!\U0001F600}", "{0:{{}}}",
             "{1[0]:{0}}", "{1[x y]}", "{0.x.y}", "{:{w}}", "{0:{w}.{w}}", "{0:^{w}}", "{!s:{w}}"]
    for fmt in fixed:
        args = [5, ["p", {"x y": 7}]]
        kwargs = {"x y": 3, "w": 4}
        case = {"a": "str_format", "f": fmt, "args": [describe_value(v) for v in args],
                "kwargs": {k: describe_value(v) for k, v in kwargs.items()}}
        case.update(outcome(lambda: fmt.format(*args, **kwargs)))
        out.append(case)
        parser_case(fmt, out)


def parser_case(fmt, out):
    """_string.formatter_parser and formatter_field_name_split, which string.Formatter uses."""
    import _string
    case = {"a": "formatter_parser", "f": fmt}
    case.update(outcome(lambda: [list(t) for t in _string.formatter_parser(fmt)]))
    out.append(case)
    try:
        names = [t[1] for t in _string.formatter_parser(fmt) if t[1] is not None]
    except ValueError:
        names = []
    for name in names:
        def split():
            first, rest = _string.formatter_field_name_split(name)
            return [first, [list(step) for step in rest]]
        case = {"a": "field_name_split", "f": name}
        case.update(outcome(split))
        out.append(case)


DIGIT_SETS = ["0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
              "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19",
              "".join(chr(0x1D7CE + i) for i in range(10))]
SPACES = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\u00a0", "\u2003", "\u3000", "\u2028", "\x85", ""]


def to_base(v, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    s = ""
    n = abs(v)
    while n:
        n, r = divmod(n, base)
        s = digits[r] + s
    return ("-" if v < 0 else "") + s


def gen_int_parse(rng, out):
    cases = []
    for _ in range(scaled(5000)):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randrange(2, 37)])
        v = random_int(rng)
        text_base = base if base else rng.choice([10, 2, 8, 16])
        s = to_base(v, text_base)
        sign = ""
        if s.startswith("-"):
            sign, s = "-", s[1:]
        elif rng.random() < 0.1:
            sign = "+"
        if rng.random() < 0.3:
            s = "".join(c.upper() if rng.random() < 0.5 else c for c in s)
        prefix = ""
        if text_base in (2, 8, 16) and (base == 0 or rng.random() < 0.3):
            prefix = "0" + {2: "b", 8: "o", 16: "x"}[text_base]
            if rng.random() < 0.3:
                prefix = prefix.upper()
            if rng.random() < 0.2:
                prefix += "_"
        if rng.random() < 0.2 and len(s) > 1:
            at = rng.randrange(1, len(s))
            s = s[:at] + "_" + s[at:]
        if text_base == 10 and rng.random() < 0.2:
            ds = rng.choice(DIGIT_SETS)
            s = "".join(ds[int(c)] if c.isdigit() else c for c in s)
        text = rng.choice(SPACES) + sign + prefix + s + rng.choice(SPACES)
        if rng.random() < 0.15:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(["_", "__", " ", "x", "z", "-", "+", ".", "0", "\u00e9", "\x00", "9"]) + text[at:]
        cases.append((text, base))
    fixed = ["0", "00", "0_0", "010", "0x", "0b", "0o", "0x_10", "0_b1", "1_", "_1", "+_1", "- 1", "-0", " ", "",
             "1__0", "0b_1", "0B1", "0X1f", "0O17", "\u0661\u0662", " \u3000 12 \u2029", "\x1c1", "1\x00",
             "x" * 300, "\u00e9" * 150, "9" * 640, "9" * 641, "1" * 4300, "1" * 4301, "0" * 5000,
             "1" * 5000 + "x", "1_" * 2000 + "1", "1_" * 4300 + "1", "f" * 5000, "Z" * 100]
    for text in fixed:
        for base in (0, 10, 16, 2, 36, 1, 37, -1):
            cases.append((text, base))
    for text, base in cases:
        case = {"a": "int_parse", "s": text, "b": base}
        case.update(outcome(lambda: hex(int(text, base))))
        out.append(case)


def gen_int_str(rng, out):
    values = [random_int(rng) for _ in range(scaled(1500))]
    for digits in (4299, 4300, 4301, 5000):
        values += [10 ** (digits - 1), 10 ** digits - 1, -(10 ** digits - 1), 10 ** digits]
    for v in values:
        case = {"a": "int_str", "v": hex(v)}
        case.update(outcome(lambda: str(v)))
        out.append(case)
        out.append({"a": "int_base", "v": hex(v), "r": [bin(v), oct(v), hex(v)]})


def gen_int_limit(rng, out):
    """The digit limit at other settings of sys.set_int_max_str_digits (0 turns it off)."""
    for limit in (0, 640, 1000, 4300, 10000):
        sys.set_int_max_str_digits(limit)
        try:
            for digits in (639, 640, 641, 999, 1000, 1001, 4300, 4301, 9999, 10000, 10001, 12000):
                v = rng.randrange(10 ** (digits - 1), 10 ** digits)
                sys.set_int_max_str_digits(0)
                text = str(v)
                sys.set_int_max_str_digits(limit)
                case = {"a": "int_limit", "lim": limit, "op": "str", "v": hex(v)}
                case.update(outcome(lambda: str(v) == text))
                out.append(case)
                case = {"a": "int_limit", "lim": limit, "op": "int", "s": text}
                case.update(outcome(lambda: int(text) == v))
                out.append(case)
        finally:
            sys.set_int_max_str_digits(4300)


def decimal_strings(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return repr(random_float(rng))
    if kind == 1:
        # The midpoint between two neighbouring doubles, exactly, in decimal.
        x = abs(random_float(rng))
        if not math.isfinite(x) or x == 0:
            x = 1.0
        y = math.nextafter(x, math.inf)
        if not math.isfinite(y):
            x, y = math.nextafter(x, 0.0), x
        from fractions import Fraction
        mid = (Fraction(x) + Fraction(y)) / 2
        from decimal import Decimal, getcontext
        getcontext().prec = 800
        text = str(Decimal(mid.numerator) / Decimal(mid.denominator))
        if rng.random() < 0.3:
            text += rng.choice(["0000000001", "0", "00000"])
        return text
    if kind == 2:
        return "%d.%de%d" % (rng.randrange(10 ** 20), rng.randrange(10 ** 20), rng.randrange(-400, 400))
    if kind == 3:
        return "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 60))) + "e" + str(rng.randrange(-350, 330))
    if kind == 4:
        return rng.choice(["inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "-nan", "+NaN", "nAn", "iNf",
                           "1e5000", "-1e-5000", "1e99999999999999999999", "0e0", "-0", "+0.0", ".5", "5.",
                           "1.e5", "1_000.000_1", "1e5_0", "1_2_3.4_5e-1_0"])
    return "%.*e" % (rng.randrange(0, 25), random_float(rng))


def gen_float_parse(rng, out):
    texts = []
    for _ in range(scaled(6000)):
        s = decimal_strings(rng)
        if rng.random() < 0.2:
            s = rng.choice(SPACES) + s + rng.choice(SPACES)
        if rng.random() < 0.1:
            ds = rng.choice(DIGIT_SETS)
            s = "".join(ds[int(c)] if c.isdigit() else c for c in s)
        if rng.random() < 0.1:
            at = rng.randrange(len(s) + 1)
            s = s[:at] + rng.choice(["_", "__", " ", "e", ".", "x", "+", "-", "\x00", "\u00e9", "j"]) + s[at:]
        texts.append(s)
    texts += ["", " ", "x", ".", "e5", ".e5", "1e", "1e+", "- 1", "1_", "_1", "1__0", "1_.5", "1._5", "1e_5",
              "infinity_", "inf inity", "in", "infinit", "nana", "0x10", "1\x00", "\u0661\u0662e\u0663",
              "\u00a01.5\u2000", "\x1c1.5", "1.5\x1f", "--1", "+-1", "1e--5", "١.٥", "1" * 400, "0." + "0" * 400 + "1"]
    # Exact ties between neighbouring doubles, and ties broken only by a digit
    # far past the 768 significant digits a double can need.
    from decimal import Decimal, getcontext
    from fractions import Fraction
    getcontext().prec = 1200
    for x in (5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.0, 2.0 ** 53, 0.1, 1e300,
              1.7976931348623157e308, 123.456):
        y = math.nextafter(x, math.inf)
        if not math.isfinite(y):
            y = math.inf
            mid = Fraction(x) + (Fraction(x) - Fraction(math.nextafter(x, 0.0))) / 2
        else:
            mid = (Fraction(x) + Fraction(y)) / 2
        text = str(Decimal(mid.numerator) / Decimal(mid.denominator))
        mantissa, _, exponent = text.partition("E")
        if "." not in mantissa:
            mantissa += "."
        for tail in ("", "0" * 1000 + "1", "0" * 30 + "1"):
            texts.append(mantissa + tail + ("e" + exponent if exponent else ""))
            texts.append("-" + mantissa + tail + ("e" + exponent if exponent else ""))
    for s in texts:
        case = {"a": "float_parse", "s": s}
        case.update(outcome(lambda: bits(float(s))))
        out.append(case)


def hex_strings(rng):
    kind = rng.randrange(5)
    x = random_float(rng)
    if kind == 0:
        return x.hex()
    if kind == 1:
        h = x.hex()
        if "p" in h and rng.random() < 0.7:
            mant, exp = h.split("p")
            return mant + "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(1, 8))) + "p" + exp
        return h.upper()
    if kind == 2:
        return "%s0x%s.%sp%d" % (rng.choice(["", "-", "+"]), "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(0, 20))),
                                 "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(0, 20))), rng.randrange(-1200, 1100))
    if kind == 3:
        return rng.choice(["0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075",
                           "0x1.8p-1075", "0x1.0000000000001p-1075", "0x0.0000000000001p-1022", "0x1p-1076", "inf",
                           "-Infinity", "nan", "-nan", "1.8p1", "0x.8", "0x8.", "0x", "0x.p1", "0xp1", "0x1p", "0x1p+",
                           " 0x1p0 ", "0x1p99999999999999999999", "0x1p-99999999999999999999", "-0x0p0", "x", "",
                           "0x1.0p1\u00a0", "\u00a00x1p0", "0X1P-2", "1", "0x1.ffffffffffffffffffffp1023",
                           "0x0000000000000000000001p0", "0x1_0p0", "0x1p1_0"])
    return "0x%xp%d" % (rng.getrandbits(rng.randrange(1, 120)), rng.randrange(-1200, 1100))


def gen_float_misc(rng, out):
    values = special_floats() + [random_float(rng) for _ in range(scaled(4000))]
    for v in values:
        out.append({"a": "float_hex", "v": bits(v), "r": v.hex()})
        case = {"a": "float_ratio", "v": bits(v)}
        case.update(outcome(lambda: [hex(n) for n in v.as_integer_ratio()]))
        out.append(case)
        case = {"a": "float_int", "v": bits(v)}
        case.update(outcome(lambda: hex(int(v))))
        out.append(case)
        case = {"a": "round", "v": bits(v), "n": None}
        case.update(outcome(lambda: hex(round(v))))
        out.append(case)
        for n in (rng.randrange(-20, 25), rng.randrange(-330, 340), rng.choice([0, 1, 2, 3, -1, -2, 15, 16, 17, 322, 323, 324, -308, -309, 10 ** 20, -10 ** 20])):
            case = {"a": "round", "v": bits(v), "n": n}
            case.update(outcome(lambda: bits(round(v, n))))
            out.append(case)
    for _ in range(scaled(3000)):
        j = rng.randrange(1, 60)
        v = (2 * rng.randrange(0, 2 ** rng.randrange(1, 50)) + 1) / 2.0 ** j * rng.choice([1, -1])
        n = rng.choice([j - 1, j - 2, j]) if rng.random() < 0.8 else rng.randrange(-5, 0)
        case = {"a": "round", "v": bits(v), "n": n}
        case.update(outcome(lambda: bits(round(v, n))))
        out.append(case)
    for _ in range(scaled(1000)):
        v = float(rng.randrange(1, 10 ** 15) * 10 ** rng.randrange(0, 3) + 5 * 10 ** rng.randrange(0, 3))
        n = -rng.randrange(1, 4)
        case = {"a": "round", "v": bits(v), "n": n}
        case.update(outcome(lambda: bits(round(v, n))))
        out.append(case)
    for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.0 ** 52 + 0.5, 2.0 ** 53, 1e300, -1e300, 4503599627370497.0):
        case = {"a": "round", "v": bits(v), "n": None}
        case.update(outcome(lambda: hex(round(v))))
        out.append(case)
    for _ in range(scaled(3000)):
        s = hex_strings(rng)
        case = {"a": "float_fromhex", "s": s}
        case.update(outcome(lambda: bits(float.fromhex(s))))
        out.append(case)
    for _ in range(scaled(3000)):
        v = random_int(rng)
        if rng.random() < 0.3:
            v = rng.getrandbits(rng.randrange(60, 1100)) * rng.choice([1, -1])
        case = {"a": "int_float", "v": hex(v)}
        case.update(outcome(lambda: bits(float(v))))
        out.append(case)


def gen_unicode(out):
    decimals = [[c, int(chr(c))] for c in range(0x110000) if chr(c).isdecimal()]
    spaces = [c for c in range(0x110000) if chr(c).isspace()]
    out.append({"a": "unicode", "decimals": decimals, "spaces": spaces, "r": True})


def generate():
    rng = random.Random(SEED)
    out = []
    gen_format_int(rng, out)
    gen_format_float(rng, out)
    gen_format_str(rng, out)
    gen_format_complex(rng, out)
    gen_percent(rng, out)
    gen_str_format(rng, out)
    gen_int_parse(rng, out)
    gen_int_str(rng, out)
    gen_int_limit(rng, out)
    gen_float_parse(rng, out)
    gen_float_misc(rng, out)
    gen_unicode(out)
    return out


def header():
    with open(__file__, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return {"format": FORMAT_VERSION, "script": digest, "python": sys.version, "seed": SEED, "scale": SCALE}


def main():
    global SEED, SCALE
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED, help="another seed, for stress runs")
    parser.add_argument("--scale", type=int, default=SCALE, help="multiply the random case counts")
    options = parser.parse_args()
    SEED, SCALE = options.seed, options.scale
    want = header()
    if not options.refresh and os.path.exists(options.out):
        with open(options.out, encoding="utf-8") as f:
            first = f.readline()
        try:
            if json.loads(first) == want:
                print("format cases: up to date")
                return
        except ValueError:
            pass
    cases = generate()
    os.makedirs(os.path.dirname(os.path.abspath(options.out)), exist_ok=True)
    tmp = options.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(want) + "\n")
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=True) + "\n")
    os.replace(tmp, options.out)
    print("format cases: wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
