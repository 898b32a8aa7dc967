# Unbound builtin methods called with the wrong self: method descriptors, slot wrappers,
# classmethod descriptors, getset descriptors; and what each kind reports.
def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('str.upper(1)', lambda: str.upper(1))
attempt('str.upper()', lambda: str.upper())
attempt('str.upper("ab")', lambda: str.upper('ab'))
attempt('str.join(1, [])', lambda: str.join(1, []))
attempt('list.append((), 1)', lambda: list.append((), 1))
attempt('list.append([])', lambda: list.append([]))
attempt('dict.get([], 1)', lambda: dict.get([], 1))
attempt('dict.keys(None)', lambda: dict.keys(None))
attempt('int.bit_length("x")', lambda: int.bit_length('x'))
attempt('int.bit_length(True)', lambda: int.bit_length(True))
attempt('float.is_integer(1)', lambda: float.is_integer(1))
attempt('bytes.hex("ab")', lambda: bytes.hex('ab'))
attempt('set.add(frozenset(), 1)', lambda: set.add(frozenset(), 1))
class S(str):
    pass
attempt('str.upper(S("q"))', lambda: str.upper(S('q')))
attempt('type(str.upper(S("q")))', lambda: type(str.upper(S('q'))).__name__)

# slot wrappers
attempt('int.__add__("a", 1)', lambda: int.__add__('a', 1))
attempt('int.__add__(1, "a")', lambda: int.__add__(1, 'a'))
attempt('int.__add__(1)', lambda: int.__add__(1))
attempt('str.__len__(5)', lambda: str.__len__(5))
attempt('list.__getitem__({}, 0)', lambda: list.__getitem__({}, 0))
attempt('object.__repr__(5)[:9]', lambda: object.__repr__(5)[:12])
attempt('int.__repr__(True)', lambda: int.__repr__(True))
attempt('float.__repr__(1)', lambda: float.__repr__(1))
attempt('list.__init__((), [])', lambda: list.__init__((), []))
attempt('dict.__setitem__([], 1, 2)', lambda: dict.__setitem__([], 1, 2))
attempt('str.__eq__(1, 1)', lambda: str.__eq__(1, 1))
attempt('str.__eq__("a", 1)', lambda: str.__eq__('a', 1))
attempt('tuple.__hash__([])', lambda: tuple.__hash__([]))

# __get__ of descriptors with a wrong instance
attempt('str.upper.__get__(1)', lambda: str.upper.__get__(1))
attempt('str.upper.__get__(None, str)', lambda: str.upper.__get__(None, str) is str.upper)
attempt('str.upper.__get__("x")()', lambda: str.upper.__get__('x')())
attempt('str.upper.__get__()', lambda: str.upper.__get__())
attempt('str.upper.__get__(None, None)', lambda: str.upper.__get__(None, None))
attempt('int.__add__.__get__("a")', lambda: int.__add__.__get__('a'))
attempt('int.__add__.__get__(2)(3)', lambda: int.__add__.__get__(2)(3))

# classmethod descriptors
attempt('dict.fromkeys(["a"])', lambda: dict.fromkeys(['a']))
cm = dict.__dict__['fromkeys']
print(type(cm).__name__)
attempt('cm(dict, "ab")', lambda: cm(dict, 'ab'))
attempt('cm(list, "ab")', lambda: cm(list, 'ab'))
attempt('cm(1, "ab")', lambda: cm(1, 'ab'))
attempt('cm()', lambda: cm())
attempt('cm.__get__(None, list)', lambda: cm.__get__(None, list))
attempt('cm.__get__({})("a")', lambda: cm.__get__({})('a'))
attempt('int.from_bytes via dict', lambda: int.__dict__['from_bytes'](bool, b'\x01', 'big'))

# getset and member descriptors on the wrong object
real = int.__dict__['real']
print(type(real).__name__)
attempt('real.__get__(1.5)', lambda: real.__get__(1.5))
attempt('real.__get__(5)', lambda: real.__get__(5))
attempt('real.__set__(5, 1)', lambda: real.__set__(5, 1))
fdoc = type(lambda: 0).__dict__['__doc__']
attempt('fdoc.__get__(1)', lambda: fdoc.__get__(1))
fname = type(lambda: 0).__dict__['__name__']
attempt('fname.__set__(1, "x")', lambda: fname.__set__(1, 'x'))
fglobals = type(lambda: 0).__dict__['__globals__']
print(type(fglobals).__name__)
attempt('fglobals.__get__(1)', lambda: fglobals.__get__(1))
attempt('fglobals.__set__(len, {})', lambda: fglobals.__set__(attempt, {}))

# names and reprs of the descriptors
for d in (str.upper, int.__add__, dict.__dict__['fromkeys'], int.__dict__['real'], fglobals):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d))
