# Setting f_lineno from a 'line' trace event jumps (frame_setlineno), with 3.11's checks.
import sys


class JumpTracer:
    """Jumps once from relative line `src` to relative line `dst` of the traced function."""

    def __init__(self, func, src, dst, event="line"):
        self.code = func.__code__
        self.src = src
        self.dst = dst
        self.event = event
        self.done = False
        self.first = func.__code__.co_firstlineno

    def trace(self, frame, event, arg):
        if self.done or frame.f_code is not self.code:
            return self.trace
        if event == self.event and frame.f_lineno == self.first + self.src:
            self.done = True
            try:
                frame.f_lineno = self.first + self.dst
            except Exception as e:
                output.append("%s: %s" % (type(e).__name__, str(e).replace(str(self.first + self.dst), "<dst>")))
        return self.trace


output = []


def run(func, src, dst, event="line"):
    del output[:]
    tracer = JumpTracer(func, src, dst, event)
    sys.settrace(tracer.trace)
    try:
        func(output)
    except Exception as e:
        output.append("raised %s: %s" % (type(e).__name__, e))
    finally:
        sys.settrace(None)
    print("%s %d->%d:" % (func.__name__, src, dst), output)


def forward_simple(output):
    output.append(1)
    output.append(2)
    output.append(3)


def backward_simple(output):
    output.append(1)
    output.append(2)
    output.append(3)


def out_of_loop(output):
    for i in 1, 2:
        output.append(i)
    output.append(4)


def into_loop_body(output):
    output.append(1)
    for i in 1, 2:
        output.append(i)


def within_loop(output):
    for i in range(3):
        output.append(i)
        output.append("x")
    output.append("end")


def out_of_while(output):
    i = 0
    while i < 3:
        output.append(i)
        i += 1
    output.append("done")


def into_except(output):
    try:
        output.append(2)
    except ValueError:
        output.append(4)
    output.append(5)


def out_of_except(output):
    try:
        raise ValueError
    except ValueError:
        output.append(4)
        output.append(5)
    output.append(6)


def into_finally(output):
    try:
        output.append(2)
    finally:
        output.append(4)
    output.append(5)


def out_of_with(output):
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            output.append("exit")
    with CM():
        output.append(8)
        output.append(9)
    output.append(10)


def skip_assignment(output):
    x = 1
    x = 2
    output.append(x)


def unbound_local(output):
    output.append(1)
    if output:
        y = 2
    output.append(y)


def before_block(output):
    output.append(1)


def after_block(output):
    output.append(1)


def from_call(output):
    output.append(1)


def from_return(output):
    output.append(1)
    return 2


run(forward_simple, 1, 3)
run(backward_simple, 2, 1)
run(out_of_loop, 2, 3)
run(into_loop_body, 1, 3)
run(within_loop, 2, 1)
run(out_of_while, 3, 5)
run(into_except, 2, 4)
run(out_of_except, 4, 6)
run(into_finally, 2, 4)
run(out_of_with, 7, 9)
run(out_of_with, 9, 7)
run(skip_assignment, 2, 3)
run(unbound_local, 1, 4)
run(before_block, 1, -5)
run(after_block, 1, 50)
run(from_call, 0, 1, "call")
run(from_return, 2, 1, "return")

# Setting f_lineno outside a trace function, with a wrong type, deleting it.
f = sys._getframe()
for value in (5, "x", 1.5):
    try:
        f.f_lineno = value
    except Exception as e:
        print(type(e).__name__, e)
try:
    del f.f_lineno
except Exception as e:
    print(type(e).__name__, e)


# A jump during an 'exception' event.
def exc_func(output):
    try:
        1 / 0
    except ZeroDivisionError:
        output.append("caught")


run(exc_func, 2, 1, "exception")
