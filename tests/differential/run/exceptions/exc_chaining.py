# Exception chaining attributes: __context__, __cause__, __suppress_context__ and their setters.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def implicit():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
try:
    implicit()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def explicit():
    try:
        raise KeyError('first')
    except KeyError as k:
        raise ValueError('second') from k
try:
    explicit()
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

def from_none():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second') from None
try:
    from_none()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

# context set even in finally and nested handlers
def nested():
    try:
        try:
            raise OSError('a')
        finally:
            raise TypeError('b')
    except TypeError as e:
        return repr(e.__context__)
print(nested())

# an exception is not its own context
def reraise_same():
    e = ValueError('same')
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as again:
            return again.__context__
print(reraise_same())

# cycles in the context chain are broken
def cycle():
    a = ValueError('a')
    b = TypeError('b')
    try:
        try:
            raise a
        except ValueError:
            raise b
    except TypeError:
        try:
            raise a
        except ValueError as got:
            return repr(got.__context__), repr(got.__context__.__context__)
print(cycle())

# setters
e = Exception('x')
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__)
show(lambda: setattr(e, '__cause__', 5))
show(lambda: setattr(e, '__context__', 'x'))
show(lambda: setattr(e, '__cause__', KeyError))
e.__context__ = e
print(e.__context__ is e)
e.__suppress_context__ = True
print(e.__suppress_context__)
show(lambda: setattr(e, '__suppress_context__', 1))
show(lambda: delattr(e, '__cause__'))
show(lambda: delattr(e, '__context__'))
show(lambda: delattr(e, '__suppress_context__'))
e.__suppress_context__ = False
print(e.__suppress_context__)

# raise from sets __suppress_context__ even when the cause is None
try:
    raise RuntimeError('r') from None
except RuntimeError as r:
    print(r.__suppress_context__, r.__cause__, r.__context__)

# context is kept when an exception is raised in a handler of a caught one
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}['k']
        except KeyError as k:
            return type(k.__context__).__name__
print(handler_raises())

# generators and context
def gen():
    try:
        yield 1
    except GeneratorExit:
        pass
    try:
        raise ValueError('in gen')
    except ValueError as v:
        yield repr(v.__context__)
g = gen()
next(g)
try:
    raise KeyError('outside')
except KeyError:
    print(g.send(None) if False else next(g))

# with_traceback returns the exception itself
exc = ValueError('wt')
print(exc.with_traceback(None) is exc, exc.__traceback__)
show(lambda: exc.with_traceback(5))
show(lambda: setattr(exc, '__traceback__', 'no'))
try:
    raise exc
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
    caught.__traceback__ = None
    print(caught.__traceback__)
