# Case mapping: lower, upper, casefold, capitalize, title, swapcase with special casing, final sigma, Georgian, ligatures.
samples = ['hello World', 'ß', 'straße', 'ﬁne ﬂow', 'İstanbul', 'ǅungla', 'ǆ', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'σ', 'aΣ', 'aΣb', 'a.Σ',
           'ŉ', 'ǰ', 'ΐ', 'ﬃ', 'Ⓐⓑ', 'ǈ', 'ა', 'Ა', 'ꭰ', 'Ꭰ', '𐐀𐐨', 'ʼn', 'they\'re bill\'s', '3rd 1st', 'hELLO wORLD',
           "o'neil mc-donald", 'ǳ ǲ Ǳ', 'µ', 'ÿ', 'K', 'Å', 'ϴ', 'ẞ', '\u0345', 'i̇', '']
for s in samples:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()),
          repr(s.swapcase()), len(s.upper()), s.islower(), s.isupper(), s.istitle())

print('ß'.upper(), 'ß'.upper().lower(), 'ß'.casefold() == 'ss', 'STRASSE'.casefold() == 'straße'.casefold())
print('ﬁ'.upper(), len('ﬁ'.upper()), 'ﬁ'.title(), 'İ'.lower(), len('İ'.lower()), [hex(ord(c)) for c in 'İ'.lower()])
print('ΌΣΟΣ'.lower(), 'ΌΣΟΣ Σ'.lower(), 'Σ'.lower(), 'ΑΣ.'.lower(), 'ΑΣ\u0301'.lower(), 'ΑΣ\u0301Β'.lower())
print('hello'.upper().lower().title().swapcase())
print('ǉ'.title(), 'ǉ'.upper(), 'ǉ'.capitalize(), 'Ǉ'.lower(), 'ǈ'.swapcase())
for s in ['Hello', 'HELLO', 'hello', 'Hello World', 'Hello world', 'HeLLo', '1A', 'A1', '', '1', 'ǅ', 'ǈa', 'Ab Cd']:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
try:
    'a'.lower(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except Exception as e:
    print(type(e).__name__, e)
