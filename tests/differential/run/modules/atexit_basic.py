import atexit


class Named:
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("exit callback", self.name, args, sorted(kwargs.items()))
        if self.fail is not None:
            raise self.fail

    def __repr__(self):
        return "<Named %s>" % self.name

    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

    __hash__ = object.__hash__


first = Named("first")
print(atexit.register(first) is first)
atexit.register(Named("second"), 1, 2, key="value")
atexit.register(Named("raises", ValueError("bad callback")))
atexit.register(Named("gone"))
atexit.register(Named("gone"))
print(atexit._ncallbacks())
atexit.unregister(Named("gone"))
print(atexit._ncallbacks())
atexit.register(Named("exits", SystemExit(3)))
for args in [(), (5,)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError", e)
print(atexit.unregister(42))


def later():
    print("registered by a callback: not run")


def registers():
    print("registers another")
    atexit.register(later)


atexit.register(registers)
print("main done")
