# The TypeError messages of binary, in-place and comparison operators.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B: pass
a, b = A(), B()
for sym in ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '^', '|']:
    show(lambda: eval(f'a {sym} b'))
for sym in ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '^', '|']:
    def inplace():
        ns = {'x': a, 'b': b}
        exec(f'x {sym}= b', ns)
    show(inplace)
for sym in ['<', '<=', '>', '>=']:
    show(lambda: eval(f'a {sym} b'))
print(a == b, a != b, a == a, a != a)

show(lambda: divmod(a, b))
show(lambda: pow(a, b))
show(lambda: pow(a, b, 3))
show(lambda: pow(1, 2, a))
show(lambda: -a)
show(lambda: +a)
show(lambda: ~a)
show(lambda: abs(a))

# builtin operands
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] + (1,))
show(lambda: 'a' * 'b')
show(lambda: [1] * 1.5)
show(lambda: 1 < 'a')
show(lambda: [1] < (1,))
show(lambda: None < None)
show(lambda: {} < {})
show(lambda: 1 @ 2)
show(lambda: 1.5 << 1)
show(lambda: 'a' - 'b')
show(lambda: {1} + {2})
show(lambda: {1: 2} | [1])
show(lambda: 2 ** 'x')
show(lambda: divmod('a', 1))
show(lambda: -'a')
show(lambda: ~1.5)
show(lambda: abs('a'))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
show(lambda: 1 << -1)

# a class name is used, module qualification is not
class Outer:
    class Inner: pass
show(lambda: Outer.Inner() + 1)
show(lambda: Outer.Inner() < 1)

# a subclass of int that refuses
class MyInt(int):
    def __add__(self, other):
        return NotImplemented
show(lambda: MyInt(1) + 1)
show(lambda: MyInt(1) + MyInt(2))
print(1 + MyInt(1))

# messages for in-place with a builtin left side
def iadd_list():
    x = [1]
    x += 5
show(iadd_list)
def imul_str():
    x = 'a'
    x *= 'b'
show(imul_str)
def ior_dict():
    x = {}
    x |= 5
show(ior_dict)
def ior_dict_pairs():
    x = {}
    x |= [(1, 2)]
    return x
show(ior_dict_pairs)
