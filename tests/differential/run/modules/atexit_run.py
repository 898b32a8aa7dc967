import atexit
calls = []
def a(): calls.append('a')
def b(x): calls.append(x)
atexit.register(a)
atexit.register(b, 'b')
atexit.register(b, x='kw')
print(atexit._ncallbacks())
print(atexit._run_exitfuncs(), calls)
print(atexit._ncallbacks())
atexit.register(a)
atexit._clear()
print(atexit._ncallbacks())
class Boom:
    def __call__(self): raise KeyError('k')
    def __repr__(self): return '<Boom>'
atexit.register(Boom())
print(atexit._run_exitfuncs())
atexit.register(lambda: print("at exit after uncaught error"))
raise RuntimeError("uncaught")
