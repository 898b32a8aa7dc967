import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def show(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
        hook(e)

def binary_ops(a, b):
    return a ** b
def floor_div(a, b):
    return a // b
def shifts(a, b):
    return a << b
def spaced(a, b):
    return a   -   b
def nested_binop(a, b, c):
    return (a + b) * c
def subscript(d, k):
    return d[k]
def nested_subscript(d):
    return d['a']['b']['c']
def call_result(f):
    return f(1)(2)
def attribute(o):
    return o.missing.other
def method_call(o):
    return o.method()
def whole_line(x):
    raise ValueError(x)
def compare(a, b):
    return a < b
def unary(a):
    return -a
def augmented(a):
    a += 'x'
    return a
def slice_(s):
    return s[1:2:0]

show(binary_ops, 'a', 2)
show(floor_div, 1, 0)
show(shifts, 1, -1)
show(spaced, 'a', 1)
show(nested_binop, 1, 'b', 3)
show(subscript, {}, 'key')
show(nested_subscript, {'a': {'b': {}}})
show(call_result, lambda x: None)
show(attribute, object())
show(method_call, 5)
show(whole_line, 'x')
show(compare, 1, 'x')
show(unary, 'str')
show(augmented, 1)
show(slice_, 'abc')
print('done')
values = {'first': [1, 2]}
total = values['first'][0] + values['first'][5]
