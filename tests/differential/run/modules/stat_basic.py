# _stat: constants, the S_IS* tests, S_IMODE/S_IFMT, filemode and argument errors.
import _stat

names = [n for n in dir(_stat) if not n.startswith('__')]
print(names)
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v, oct(v))

tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
modes = [0, 0o040755, 0o020620, 0o060660, 0o100644, 0o010600, 0o120777, 0o140755, 0o170000, 0o104755, 0o102755, 0o101777, 0o107000, 0o100000, 0o007777, 2**32 - 1, True]
for mode in modes:
    print(oct(mode), [getattr(_stat, t)(mode) for t in tests], _stat.S_IMODE(mode), _stat.S_IFMT(mode), _stat.filemode(mode))
for bits in range(0, 0o10000, 0o111):
    print(_stat.filemode(0o100000 | bits), end=' ')
print()

class Sub(int):
    pass

print(_stat.filemode(Sub(0o40700)), type(_stat.S_ISDIR(0)).__name__, type(_stat.S_IMODE(Sub(5))).__name__)

class Idx:
    def __index__(self):
        return 0o40000

for f in ['S_ISDIR', 'S_IMODE', 'S_IFMT', 'filemode']:
    for args in [(), (1, 2), ('x',), (-1,), (2**32,), (2**64,), (1.5,), (Idx(),), (None,)]:
        try:
            print(f, len(args), getattr(_stat, f)(*args))
        except Exception as e:
            print(f, [type(a).__name__ for a in args], type(e).__name__, e)
try:
    _stat.S_ISDIR(mode=1)
except Exception as e:
    print(type(e).__name__, e)
