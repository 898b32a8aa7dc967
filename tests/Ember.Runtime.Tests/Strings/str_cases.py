"""Seeded cases for Ember's str, bytes and bytearray methods and codecs, answered by CPython 3.11.

Each output line is one JSON case: the receiver, the method (or operator), the
arguments, and what CPython returned or raised. Values are tagged so that strs
holding lone surrogates, bytes and big ints survive JSON:
{"s": [code points]}, {"b": "hex"}, {"ba": "hex"}, {"i": "digits"},
{"bool": true}, {"t": [...]}, {"l": [...]}, {"d": [[k, v], ...]}, null.

    python3.11 str_cases.py --out FILE [--seed N] [--count N]
"""

import argparse
import json
import random

ALPHABET = (
    list("abcxyzABCXYZ019 _-.,;:!?'\"\\/()[]{}%") + ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000"]
    + list("éÉßÿĀİıſǅǈΣσςΐЖжﬁŉǰ") + ["\u0301", "\u0345", "\u00b2", "\u00bd", "\u0663", "\u2167", "\u216b", "\uff11", "\u01c5"]
    + ["\U0001F600", "\U0001D400", "\U00010400", "\U0001E900", "\ud800", "\udc00", "\udcff", "\udc80", "\ufeff", "\uffff", "\x00", "\x7f"]
)
ENCODINGS = ["utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "u8", "bogus"]
HANDLERS = ["strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace", "namereplace"]


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, str):
        return {"s": [ord(c) for c in v]}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, bytearray):
        return {"ba": v.hex()}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def rand_str(rng, maxlen=8):
    n = rng.randint(0, maxlen)
    if rng.random() < 0.3:
        return "".join(rng.choice("abc ABC\t\n") for _ in range(n))
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def rand_bytes(rng, maxlen=8):
    n = rng.randint(0, maxlen)
    r = rng.random()
    if r < 0.3:
        return bytes(rng.choice(b"abc ABC\t\n\r\x0b-+") for _ in range(n))
    if r < 0.6:
        codec = rng.choice(["utf-8", "utf-16-le", "utf-32-be", "latin-1"])
        handler = "surrogatepass" if codec != "latin-1" and rng.random() < 0.5 else "replace"
        return rand_str(rng, n).encode(codec, handler)[: n + 2]
    return bytes(rng.randrange(256) for _ in range(n))


def sub_of(rng, s, maker):
    if s and rng.random() < 0.6:
        i = rng.randrange(len(s))
        j = rng.randint(i, min(len(s), i + 3))
        return s[i:j]
    return maker(rng, 2)


def small_int(rng):
    return rng.choice([-20, -3, -1, 0, 1, 2, 3, 5, 8, 12, 100])


def str_case(rng):
    s = rand_str(rng)
    sub = sub_of(rng, s, rand_str)
    m = rng.choice([
        "capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdecimal",
        "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "find", "rfind",
        "index", "rindex", "count", "startswith", "endswith", "partition", "rpartition", "removeprefix", "removesuffix",
        "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "replace", "center", "ljust", "rjust", "zfill",
        "expandtabs", "join", "encode", "translate", "__getitem__", "__contains__", "__add__", "__mul__", "__lt__", "__eq__",
        "__len__", "__repr__", "__hash_eq__", "iter",
    ])
    if m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        args = [sub]
        if m in ("startswith", "endswith") and rng.random() < 0.2:
            args = [(rand_str(rng, 2), sub)]
        if rng.random() < 0.5:
            args.append(small_int(rng))
            if rng.random() < 0.5:
                args.append(small_int(rng))
    elif m in ("partition", "rpartition", "removeprefix", "removesuffix"):
        args = [sub]
    elif m in ("split", "rsplit"):
        args = []
        if rng.random() < 0.7:
            args.append(None if rng.random() < 0.3 else sub)
            if rng.random() < 0.5:
                args.append(small_int(rng))
    elif m == "splitlines":
        args = [] if rng.random() < 0.5 else [rng.random() < 0.5]
    elif m in ("strip", "lstrip", "rstrip"):
        args = [] if rng.random() < 0.4 else [None if rng.random() < 0.2 else sub]
    elif m == "replace":
        args = [sub, rand_str(rng, 3)]
        if rng.random() < 0.4:
            args.append(small_int(rng))
    elif m in ("center", "ljust", "rjust"):
        args = [small_int(rng)]
        if rng.random() < 0.6:
            args.append(rng.choice(ALPHABET + ["ab", ""]))
    elif m == "zfill":
        args = [small_int(rng)]
        if rng.random() < 0.3:
            s = rng.choice("+-") + s
    elif m == "expandtabs":
        s = s.replace("a", "\t")
        args = [] if rng.random() < 0.3 else [rng.choice([-1, 0, 1, 4, 8])]
    elif m == "join":
        args = [[rand_str(rng, 3) for _ in range(rng.randint(0, 4))]]
        s = rand_str(rng, 2)
    elif m == "encode":
        args = [rng.choice(ENCODINGS), rng.choice(HANDLERS)]
    elif m == "translate":
        table = {}
        for _ in range(rng.randint(0, 4)):
            k = ord(rng.choice(s)) if s else 97
            table[k] = rng.choice([None, rng.randrange(0x80, 0x3000), rand_str(rng, 2)])
        args = [table]
    elif m == "__getitem__":
        args = [small_int(rng)]
    elif m in ("__contains__", "__lt__", "__eq__", "__add__", "__hash_eq__"):
        args = [sub if rng.random() < 0.5 else rand_str(rng)]
    elif m == "__mul__":
        args = [small_int(rng)]
    else:
        args = []
    return s, m, args


def bytes_case(rng):
    b = rand_bytes(rng)
    if rng.random() < 0.3:
        b = bytearray(b)
    sub = bytes(sub_of(rng, bytes(b), rand_bytes))
    m = rng.choice([
        "capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit", "islower",
        "isspace", "istitle", "isupper", "find", "rfind", "index", "count", "startswith", "endswith", "partition",
        "rpartition", "removeprefix", "removesuffix", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip",
        "replace", "center", "ljust", "rjust", "zfill", "expandtabs", "join", "decode", "hex", "__getitem__",
        "__contains__", "__add__", "__mul__", "__lt__", "__eq__", "__len__", "__repr__", "translate", "decode", "decode",
    ])
    if m in ("find", "rfind", "index", "count", "startswith", "endswith"):
        args = [sub if rng.random() < 0.8 or m in ("startswith", "endswith") else rng.randrange(256)]
        if rng.random() < 0.5:
            args.append(small_int(rng))
    elif m in ("partition", "rpartition", "removeprefix", "removesuffix"):
        args = [sub]
    elif m in ("split", "rsplit"):
        args = []
        if rng.random() < 0.7:
            args.append(None if rng.random() < 0.3 else sub)
            if rng.random() < 0.5:
                args.append(small_int(rng))
    elif m == "splitlines":
        args = [] if rng.random() < 0.5 else [rng.random() < 0.5]
    elif m in ("strip", "lstrip", "rstrip"):
        args = [] if rng.random() < 0.4 else [sub]
    elif m == "replace":
        args = [sub, rand_bytes(rng, 3)]
        if rng.random() < 0.4:
            args.append(small_int(rng))
    elif m in ("center", "ljust", "rjust"):
        args = [small_int(rng)]
        if rng.random() < 0.6:
            args.append(rng.choice([b"*", b"ab", b""]))
    elif m == "zfill":
        args = [small_int(rng)]
    elif m == "expandtabs":
        args = [] if rng.random() < 0.3 else [rng.choice([0, 1, 4])]
    elif m == "join":
        args = [[rand_bytes(rng, 3) for _ in range(rng.randint(0, 4))]]
    elif m == "decode":
        args = [rng.choice(ENCODINGS), rng.choice(HANDLERS)]
    elif m == "hex":
        args = [] if rng.random() < 0.4 else [rng.choice([":", "-", b"_"]), rng.choice([1, 2, -2, 3])]
    elif m == "translate":
        args = [None if rng.random() < 0.5 else bytes(rng.randrange(256) for _ in range(256)), sub]
    elif m == "__getitem__":
        args = [small_int(rng)]
    elif m in ("__contains__", "__lt__", "__eq__", "__add__"):
        args = [sub if rng.random() < 0.8 else rng.randrange(256)]
    elif m == "__mul__":
        args = [small_int(rng)]
    else:
        args = []
    return b, m, args


PERCENT_SPECS = ["%s", "%r", "%a", "%5s", "%-5s|", "%.2s", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#X", "%o", "%#o",
                 "%c", "%f", "%.2f", "%10.3e", "%g", "%G", "%%", "%i", "%u", "%*d", "%.*f", "%(k)s", "%z", "%", "%ld"]


def percent_value(rng, for_bytes):
    return rng.choice([
        0, 1, -7, 255, 256, 65, 10**20, 2.5, -0.125, 1e100, True, None,
        rand_bytes(rng, 3) if for_bytes else rand_str(rng, 3), b"x", bytearray(b"yz"), "s", (1, 2), [3],
    ])


def percent_case(rng, for_bytes):
    # CPython 3.11 sometimes reports another character and index for an unsupported
    # conversion in a bytes format after a long run (never when run alone): no %z there.
    choices = [x for x in PERCENT_SPECS if x != "%z"] if for_bytes else PERCENT_SPECS
    specs = [rng.choice(choices) for _ in range(rng.randint(0, 3))]
    fmt = rng.choice(["", "a", "<", " - "]).join(specs) + rng.choice(["", "!"])
    values = []
    for x in specs:
        if "*" in x:
            values.append(rng.choice([3, -4, 0, "w"]))
        if x not in ("%%", "%"):
            values.append(percent_value(rng, for_bytes))
    if rng.random() < 0.15:
        if values and rng.random() < 0.5:
            values.pop()
        else:
            values.append(percent_value(rng, for_bytes))
    values = tuple(values)
    if any("(k)" in x for x in specs):
        arg = {(b"k" if for_bytes else "k"): percent_value(rng, for_bytes)}
    elif len(values) == 1 and rng.random() < 0.5 and not isinstance(values[0], tuple):
        arg = values[0]
    else:
        arg = values
    recv = fmt.encode("latin-1") if for_bytes else fmt
    if for_bytes and rng.random() < 0.2:
        recv = bytearray(recv)
    return recv, "__mod__", [arg]


def run(recv, m, args):
    if m == "iter":
        return list(iter(recv))
    if m == "__hash_eq__":
        return (hash(recv) == hash(args[0])) == (recv == args[0])
    if m == "__repr__":
        return repr(recv)
    if m == "__len__":
        return len(recv)
    return getattr(recv, m)(*args)


def answer(recv, m, args):
    try:
        r = run(recv, m, args)
        if r is NotImplemented:
            return {"ni": True}
        return {"ok": enc(r)}
    except UnicodeError as e:
        return {"err": type(e).__name__, "uargs": [e.encoding, e.start, e.end, e.reason]}
    except Exception as e:
        return {"err": type(e).__name__, "msg": str(e)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--count", type=int, default=20000)
    p.add_argument("--skip", default="", help="comma-separated methods to leave out")
    a = p.parse_args()
    skip = set(a.skip.split(",")) if a.skip else set()
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.count):
            if i % 10 == 0:
                recv, m, args = percent_case(rng, i % 20 == 0)
            else:
                recv, m, args = str_case(rng) if i % 3 else bytes_case(rng)
            if m in skip:
                continue
            case = {"r": enc(recv), "m": m, "a": [enc(x) for x in args]}
            case.update(answer(recv, m, args))
            f.write(json.dumps(case) + "\n")


if __name__ == "__main__":
    main()
