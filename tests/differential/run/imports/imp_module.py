# The _imp module: locks, builtin-module queries, hashes and their errors.
import _imp
import sys

print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('_imp'),
      _imp.is_builtin('gc'), _imp.is_builtin('math'), _imp.is_builtin('no_such_module'))
print(_imp.find_frozen('no_such_module'), _imp.find_frozen('x', withdata=True))
print(_imp.init_frozen('no_such_module'))
print(type(_imp.extension_suffixes()).__name__, _imp.check_hash_based_pycs)
print(_imp._override_frozen_modules_for_tests(1))

for f in (_imp.get_frozen_object, _imp.is_frozen_package):
    try:
        f('x')
    except ImportError as e:
        print(f.__name__, type(e).__name__, e, e.name)

print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)

for key, data in ((3, b'abc'), (-1, b''), (2**63 - 1, b'a'), (-2**63, b'a'), (0, bytearray(b'xyz' * 10))):
    print(key, _imp.source_hash(key, data), _imp.source_hash(key=key, source=data))

class Spec:
    def __init__(self, name):
        self.name = name

m = _imp.create_builtin(Spec('gc'))
print(type(m).__name__, m.__name__, m is sys.modules.get('gc'), hasattr(m, 'collect'))
print(_imp.create_builtin(Spec('sys')) is sys, _imp.create_builtin(Spec('builtins')).__name__)
print(_imp.create_builtin(Spec('no_such_module')))
print(_imp.exec_builtin(m), _imp.exec_builtin(sys))

co = compile('def f():\n    def g(): pass\n    return g\n', 'a.py', 'exec')
_imp._fix_co_filename(co, 'b.py')
inner = co.co_consts[0]
print(co.co_filename, inner.co_filename, inner.co_consts[1].co_filename)
_imp._fix_co_filename(co, 'b.py')
print(co.co_filename)

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(_imp.is_builtin, 3)
attempt(_imp.is_builtin)
attempt(_imp.is_frozen, 3)
attempt(_imp.acquire_lock, 1)
attempt(_imp.extension_suffixes, 1)
attempt(_imp.source_hash, 1, b'a')
attempt(_imp.source_hash, key=1, source='s')
attempt(_imp.source_hash, key=1.0, source=b's')
attempt(_imp.source_hash, key=2**64, source=b's')
attempt(_imp.source_hash, key=1)
attempt(_imp._fix_co_filename, co, 3)
attempt(_imp._fix_co_filename, 3, 'x')
attempt(_imp.create_builtin, Spec(3))
attempt(_imp.create_builtin, 3)
attempt(_imp.find_frozen, 3)
