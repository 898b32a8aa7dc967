# return/break/continue in finally, and what they do to a pending exception or value.
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())

def ret_overrides_exception():
    try:
        raise ValueError('hidden')
    finally:
        return 'finally wins'
print(ret_overrides_exception())

def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally x =', x)
print(finally_sees_value())

def mutate_returned():
    lst = []
    try:
        return lst
    finally:
        lst.append('added in finally')
print(mutate_returned())

def exception_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exception_in_finally()
except TypeError as e:
    print('TypeError', e, 'context:', repr(e.__context__))

def except_then_finally():
    try:
        raise KeyError('k')
    except KeyError:
        print('handler')
        return 'from handler'
    finally:
        print('finally after handler')
print(except_then_finally())

def handler_raises():
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('from handler')
    finally:
        print('finally runs')
try:
    handler_raises()
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_with_finally())

def return_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(return_in_loop_finally())

def break_cancels_return():
    for i in range(3):
        try:
            return 'try return'
        finally:
            break
    return 'after loop'
print(break_cancels_return())

def nested_finally_order():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally_order())

def finally_exc_info():
    import sys
    try:
        raise OSError('io')
    except OSError:
        pass
    finally:
        print('exc in finally:', sys.exc_info()[0])
finally_exc_info()

def finally_during_exception():
    import sys
    try:
        try:
            raise IndexError('idx')
        finally:
            print('active:', type(sys.exception()).__name__ if hasattr(sys, 'exception') else sys.exc_info()[0].__name__)
    except IndexError:
        print('caught after finally')
finally_during_exception()

# try/except/else/finally order
def full(flag):
    trace = []
    try:
        trace.append('try')
        if flag == 'raise':
            raise ValueError
        if flag == 'return':
            return trace
    except ValueError:
        trace.append('except')
    else:
        trace.append('else')
    finally:
        trace.append('finally')
    trace.append('after')
    return trace
for flag in ['none', 'raise', 'return']:
    print(flag, full(flag))

# exception in else is not caught by the same try's handlers
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return 'caught in own handler'
    else:
        1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# finally runs on generator close
def g():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
it = g()
print(next(it))
it.close()
print("after close")

# finally in a function that recursion-fails
def deep(n):
    try:
        return deep(n + 1)
    finally:
        pass
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
