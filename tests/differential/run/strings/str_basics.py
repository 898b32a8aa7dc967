# str as code points: length, indexing, slicing, iteration, comparison, hashing.
s = "héllo 😀 wörld"
print(len(s), len("😀"), len("\U0001F600\U0001F601"))
print(s[0], s[6], s[-1], s[7], repr(s[6:9]))
print(s[::-1])
print(s[::2], s[1::3], s[-3:], s[:-3], s[100:], repr(s[5:2]))
print([c for c in "a😀b"])
print(type(iter("abc")).__name__, type(iter("é")).__name__)
print("a" < "b", "b" < "a", "abc" < "abd", "ab" < "abc", "\uffff" < "😀", "Z" < "a")
print("abc" == "abc", "abc" != "abd", "" == "")
print(hash("abc") == hash("ab" + "c"))
print("😀" in "x😀y", "" in "abc", "xy" in "axyb", "yx" in "axyb")
for bad in [1, None, 2.5]:
    try:
        bad in "abc"
    except TypeError as e:
        print(type(e).__name__, e)
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
key = "x"
for op in [lambda: "a" + 1, lambda: "a" * "b", lambda: "a" * 1.5, lambda: "abc"[3], lambda: "abc"[key], lambda: "a" < 1]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(str(), str(123), str(1.5), str(None), str([1, "a"]), str(b"ab"), str("x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
for args in [(1, "utf-8"), ("a", "utf-8"), (b"a", "nope")]:
    try:
        str(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnl"), repr("\x00\x7f\x80\xa0"), repr("\ud800"))
print(ascii("héllo 😀"), ascii("\u20ac"))
print(chr(65), chr(0x1F600), ord("😀"), ord("A"))
