# Subclassing builtins: __new__/__init__ overrides and which type methods return.
class MyInt(int):
    def __new__(cls, v, extra='e'):
        obj = super().__new__(cls, v * 2)
        obj.extra = extra
        return obj
m = MyInt(3, 'x')
print(m, m.extra, type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(m * m).__name__, type(abs(m)).__name__)
print(type(m // 1).__name__, type(m << 1).__name__, type(int(m)).__name__, type(+m).__name__, type(m.real).__name__, type(round(m)).__name__)

class MyStr(str):
    def __init__(self, v):
        self.orig = v
s = MyStr('Hello')
print(s, s.orig, type(s.upper()).__name__, type(s + '!').__name__, type(s[1:]).__name__, type(s * 2).__name__,
      type(str(s)).__name__, type(s.strip()).__name__, type('%s' % s).__name__, type(f'{s}').__name__, type(format(s)).__name__)
print(type(s.split()[0]).__name__, type(''.join([s])).__name__, type(s.replace('x', 'y')).__name__)

class MyList(list):
    def __init__(self, *a):
        print('MyList init', a)
        super().__init__(*a)
ml = MyList([3, 1, 2])
print(ml, type(ml + [4]).__name__, type(ml * 2).__name__, type(ml[:]).__name__, type(ml.copy()).__name__, type(sorted(ml)).__name__)
ml2 = ml
ml2 += [9]
print(ml2 is ml, type(ml2).__name__)

class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.note = 'n'
md = MyDict(a=1)
print(md, md.note, type(md.copy()).__name__, type(md | {}).__name__, type(MyDict.fromkeys('ab')).__name__)

class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
mt = MyTuple(1, 2, 3)
print(mt, len(mt), type(mt[1:]).__name__, type(mt + (4,)).__name__, type(mt * 1).__name__, mt == (1, 2, 3), hash(mt) == hash((1, 2, 3)))

class MyFloat(float):
    def __new__(cls, v=0.0):
        return super().__new__(cls, v + 0.5)
mf = MyFloat(1)
print(mf, type(mf + 1).__name__, type(mf.real).__name__, type(-mf).__name__, repr(mf), MyFloat())

class MyBytes(bytes):
    def __new__(cls, s):
        return super().__new__(cls, s.encode())
mb = MyBytes('hi')
print(mb, type(mb).__name__, type(mb + b'!').__name__, type(mb[:1]).__name__, type(mb.upper()).__name__, mb[0])

def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

# __init__ args not accepted by the builtin __new__
class NoNew(int):
    def __init__(self, a, b):
        self.b = b
err(lambda: NoNew(1, 2))
class NoInit(list):
    def __new__(cls, *a):
        return super().__new__(cls)
err(lambda: NoInit(1, 2, 3))
class Both(list):
    pass
err(lambda: Both(1, 2))
err(lambda: MyInt())
err(lambda: int.__new__(MyStr, 1))
err(lambda: str.__new__(MyInt, 'a'))
err(lambda: int.__new__(5))
err(lambda: list.__new__(dict))
err(lambda: tuple.__new__(MyTuple, 5))
err(lambda: float.__new__(MyFloat, 'x'))
# the value of builtin subclass instances
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__, float.__new__(MyFloat, 2), tuple.__new__(MyTuple, [1]))
# bool is final; range, slice, memoryview too
for t in [bool, range, slice, memoryview, type(None), type(...), type(NotImplemented)]:
    err(lambda: type('X', (t,), {}))
# __new__ that ignores cls
class Liar(str):
    def __new__(cls, v):
        return 'plain'
print(type(Liar('q')).__name__)
class Dsub(dict):
    def __getitem__(self, k):
        return 'override'
d = Dsub(a=1)
print(d['a'], d.get('a'), dict(d), list(d.values()), {**d})
NoNew(1, 2)
