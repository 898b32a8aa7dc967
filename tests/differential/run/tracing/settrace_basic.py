# Global and local trace functions: the events of calls, lines, loops and returns.
import sys

events = []


def fmt(arg):
    if arg is None:
        return "None"
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return "(%s, %r)" % (arg[0].__name__, str(arg[1]))
    return repr(arg)


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, fmt(arg)))
    return tracer


def run(func, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        result = func(*args)
    except Exception as e:
        result = "raised %s" % type(e).__name__
    finally:
        sys.settrace(None)
    print("%s -> %r" % (func.__name__, result))
    for e in events:
        print("   ", *e)


def simple(a):
    b = a + 1
    return b * 2


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def callee(x):
    return x + 1


def caller():
    a = callee(1)
    b = callee(a)
    return a, b


def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)


def conditional(x):
    if x:
        y = 1
    else:
        y = 2
    return y


def multi_line_call():
    r = callee(
        1
    )
    return r


def listcomp(n):
    return [i * 2 for i in range(n)]


def nested_funcs():
    def inner():
        return 5
    return inner()


def lambdas():
    f = lambda x: x * 3
    return f(2)


def class_body():
    class C:
        x = 1
        def m(self):
            return self.x
    return C().m()


def early_return(x):
    for i in range(10):
        if i == x:
            return i
    return -1


def pass_only():
    pass


def default_args(a, b=2, *args, **kw):
    return a + b + len(args) + len(kw)


run(simple, 3)
run(loop, 3)
run(while_loop, 2)
run(caller)
run(recursive, 3)
run(conditional, True)
run(conditional, False)
run(multi_line_call)
run(listcomp, 2)
run(nested_funcs)
run(lambdas)
run(class_body)
run(early_return, 2)
run(pass_only)
run(lambda: default_args(1, 2, 3, k=4))
print(sys.gettrace())
