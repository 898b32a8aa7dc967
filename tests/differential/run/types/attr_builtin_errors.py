# Attribute access through object/type methods: errors from getattr, setattr, delattr, vars, dir, __dict__.
def err(f):
    try:
        r = f()
        print('ok', r)
    except BaseException as e:
        print(type(e).__name__, e)
class A: pass
err(lambda: A.__dict__['x'])
err(lambda: setattr(A.__dict__, 'x', 1))
err(lambda: A.__dict__.__setitem__('x', 1))
err(lambda: type.__dict__['__name__'].__get__(1))
err(lambda: type.__dict__['__name__'].__set__(int, 'x'))
err(lambda: object.__getattribute__(1, 2))
err(lambda: object.__setattr__(1, 'x', 2))
err(lambda: object.__setattr__(A(), 1, 2))
err(lambda: object.__delattr__(A(), 'nope'))
err(lambda: getattr(A(), 1))
err(lambda: getattr(A(), 'x', 1, 2))
err(lambda: setattr(A, '__dict__', {}))
err(lambda: setattr(A(), '__dict__', 1))
a = A(); a.__dict__ = {'q': 1}; print(a.q)
err(lambda: delattr(a, '__dict__') or a.__dict__)
err(lambda: A.__subclasses__(1))
err(lambda: type.__subclasses__(A))
err(lambda: A.mro(1))
err(lambda: int.__dict__['real'].__get__('x'))
err(lambda: vars(1))
err(lambda: vars(A(), 1))
err(lambda: dir(1, 2))
class Dd:
    def __dir__(self): return 5
err(lambda: dir(Dd()))
class Dd2:
    def __dir__(self): return ('b', 'a', 'b')
err(lambda: dir(Dd2()))
class Dd3:
    def __dir__(self): return None
err(lambda: dir(Dd3()))
class GA:
    def __getattribute__(self, n): raise KeyError(n)
    def __getattr__(self, n): return 'ga'
err(lambda: GA().x)
err(lambda: hasattr(GA(), 'x'))
err(lambda: getattr(GA(), 'x', 'dflt'))
class GA2:
    def __getattribute__(self, n): raise AttributeError(n)
    def __getattr__(self, n): return 'fallback ' + n
err(lambda: GA2().x)
class GA3:
    def __getattr__(self, n): raise AttributeError()
err(lambda: GA3().x)
class GA4:
    __getattr__ = None
err(lambda: GA4().x)
class GA5:
    def __getattr__(self, n, extra): pass
err(lambda: GA5().x)
err(lambda: object.__getattribute__(A(), 'nope'))
class Sl:
    __slots__ = ()
err(lambda: Sl().__dict__)
err(lambda: vars(Sl()))
err(lambda: setattr(Sl(), 'x', 1))
err(lambda: type.__setattr__(int, 'x', 1))
err(lambda: object.__setattr__(A, 'x', 1))
err(lambda: type.__setattr__(A(), 'x', 1))
err(lambda: delattr(A, 'nope'))
err(lambda: delattr(int, 'real'))
err(lambda: delattr(A(), '__class__'))
err(lambda: A().__weakref__)
err(lambda: setattr(A(), '__weakref__', 1))
class Meta(type):
    @property
    def cp(cls): return 'class prop'
class WM(metaclass=Meta): pass
err(lambda: WM.cp)
err(lambda: WM().cp)
err(lambda: setattr(WM, 'cp', 1))
err(lambda: WM.__name__)
# argument-count messages of builtin methods name the class
err(lambda: [].copy(1))
err(lambda: {}.keys(1))
err(lambda: int.mro(1))
err(lambda: A.mro(1))
err(lambda: A.__subclasses__(1))
err(lambda: A.__sizeof__())
err(lambda: A().__sizeof__(1))
err(lambda: A.__dir__(1, 2))
err(lambda: A().__dir__(1))
err(lambda: A.__prepare__(1, 2) )
err(lambda: A().__reduce__(1))
err(lambda: object().__format__())
err(lambda: A().__format__(1))
err(lambda: A().__init_subclass__(1))
err(lambda: A.__init_subclass__(1))
err(lambda: A().__subclasshook__())
err(lambda: A.__instancecheck__(1))
err(lambda: A().__getstate__(1))
err(lambda: 'a'.upper(1))
err(lambda: (1).bit_length(1))
err(lambda: str.upper('a', 1))
WM().cp
