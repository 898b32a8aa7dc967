# The str methods with their edge cases and CPython's messages.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abc".strip("")))
print("hello world".capitalize(), "HELLO".casefold(), "ß".casefold(), "ﬁ".upper(), "ǅ".lower(), "ǆ".title())
print("hello world".title(), "they're bill's".title(), "ΣΑΣ ΑΣ".lower(), "İ".lower(), len("İ".lower()))
print("Hello World".swapcase(), "ß".swapcase(), "abc".upper(), "ÀÉÎ".lower())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i".splitlines())
print("a\nb\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("l", 3), "hello".find("l", -2), "hello".find("x"), "hello".find(""), "hello".find("", 10))
print("hello".index("e"), "hello".rindex("l"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""), "abc".count("", 4))
print("hello".startswith("he"), "hello".startswith(("x", "he")), "hello".endswith("lo"), "hello".startswith("l", 2), "hello".endswith("l", 0, 4))
print("a-b".replace("-", "+"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print("abc".center(9, "*"), "abc".center(8, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2))
print("42".zfill(5), "-42".zfill(6), "+4".zfill(4), "".zfill(3), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(3)), repr("a\tb".expandtabs(0)))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "+".join(("1", "2")))
print("prefix-text".removeprefix("prefix-"), "text.py".removesuffix(".py"), "abc".removeprefix("x"))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "Ⅻ".isnumeric(), "".isalpha())
print("abc".islower(), "ABC".isupper(), "Abc Def".istitle(), "ABC def".istitle(), "   \t\n".isspace(), "\x1c".isspace(), "abc".isascii(), "é".isascii())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "é".isidentifier(), "a b".isidentifier(), "".isidentifier())
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "\u00a0".isprintable())
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": 1, 2: "b"}))
for call in [
    lambda: "".find(),
    lambda: "".find(1),
    lambda: "a".index("b"),
    lambda: "".split(""),
    lambda: "".split(1),
    lambda: "".join([1]),
    lambda: "x".join(["a", 2]),
    lambda: "".join(5),
    lambda: "".replace("a"),
    lambda: "".replace(1, "b"),
    lambda: "".center(1, "ab"),
    lambda: "".center(1, 1),
    lambda: "".zfill(),
    lambda: "".strip(1),
    lambda: "".lower(1),
    lambda: "".partition(""),
    lambda: "".startswith(1),
    lambda: "".startswith((1,)),
    lambda: "".removeprefix(1),
    lambda: str.maketrans(),
    lambda: str.maketrans(1),
    lambda: str.maketrans("a", "bc"),
    lambda: "a".translate({97: 2**40}),
    lambda: "a".translate({97: 1.5}),
    lambda: "".encode(1),
    lambda: "".encode("nope"),
    lambda: "".expandtabs("a"),
    lambda: "".split(maxsplit="a"),
    lambda: "".split(x=1),
]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
