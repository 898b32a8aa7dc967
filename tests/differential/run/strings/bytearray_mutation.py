# bytearray mutation: append, extend, insert, pop, remove, clear, reverse, copy, slice and item assignment, del, +=, *=.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


b = bytearray(b'hello')
b.append(33)
print(b)
b.extend(b' world')
print(b)
b.extend([65, 66])
print(b)
b.extend(x for x in range(48, 51))
print(b)
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 46)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('o'))
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, len(c))
b = bytearray(b'0123456789')
b[0] = 65
b[-1] = 66
print(b)
b[2:5] = b'xy'
print(b)
b[1:1] = b'INSERT'
print(b)
b[::2] = b'abcdefgh'
print(b)
del b[0]
del b[::3]
print(b)
del b[2:4]
print(b)
b[3:] = []
print(b)
b[0:0] = bytearray(b'<<')
b[len(b):] = memoryview(b'>>')
print(b)
b += b'++'
print(b)
b *= 2
print(b)
b[:] = range(3)
print(b)
show('b.append(256)', lambda: b.append(256))
show('b.append(-1)', lambda: b.append(-1))
show('b.append("a")', lambda: b.append('a'))
show('b.append(b"a")', lambda: b.append(b'a'))
show('b.extend(5)', lambda: b.extend(5))
show('b.extend("ab")', lambda: b.extend('ab'))
show('b.extend([1, 300])', lambda: b.extend([1, 300]))
show('b.insert(0, 999)', lambda: b.insert(0, 999))
show('b.insert("0", 1)', lambda: b.insert('0', 1))
show('bytearray().pop()', lambda: bytearray().pop())
show('b.pop(10)', lambda: b.pop(10))
show('b.remove(99)', lambda: b.remove(99))
show('b.remove(300)', lambda: b.remove(300))
show('b[10]', lambda: b[10])
show('b[10] = 1', lambda: b.__setitem__(10, 1))
show('b[0] = 256', lambda: b.__setitem__(0, 256))
show('b[0] = b"a"', lambda: b.__setitem__(0, b'a'))
show('b[::2] = b"xyz"', lambda: b.__setitem__(slice(None, None, 2), b'xyzw'))
show('b[0:1] = 5', lambda: b.__setitem__(slice(0, 1), 5))
show('b[0:1] = "a"', lambda: b.__setitem__(slice(0, 1), 'a'))
show('b["a"]', lambda: b['a'])
show('b += "a"', lambda: b.__iadd__('a'))
print(b)
b = bytearray(b'abc')
b[1:2] = b
print(b)
