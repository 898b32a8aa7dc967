import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def add(a, b):
    return a + b

def call_spanning():
    return add(
        1,
        'two',
    )

def binop_spanning():
    x = 1
    return (x +
            'y')

def subscript_spanning():
    d = {}
    return d[
        'key'
    ]

def nested_call():
    return add(add(1, 2),
               add('a', 3))

def attribute_chain():
    obj = None
    return (obj
            .attribute)

def list_display():
    return [
        1,
        2 / 0,
        3,
    ]

def dict_display():
    return {
        'a': 1,
        'b': [][0],
    }

def raise_spanning():
    raise ValueError(
        'spans lines'
    )

for fn in [call_spanning, binop_spanning, subscript_spanning, nested_call, attribute_chain, list_display, dict_display, raise_spanning]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__)
        hook(e)
print('done')
result = add(
    add(1, 2),
    add(None,
        3),
)
