# break and continue in nested loops, with try/except/finally and with blocks.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print('pair', i, j)

# flag-based outer break
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print('found', found)

# continue in try/finally: the finally runs each time
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print('odd body', i)
    finally:
        print('finally', i)

# break in try/finally
for i in range(10):
    try:
        if i == 2:
            break
    finally:
        print('fin', i)
print('after break', i)

# break in except handler
for i in range(5):
    try:
        if i == 3:
            raise KeyError(i)
    except KeyError as e:
        print('caught', e)
        break
print('stopped at', i)

# continue in except and else blocks
for i in range(4):
    try:
        if i == 1:
            raise ValueError
    except ValueError:
        print('continue from except', i)
        continue
    else:
        if i == 2:
            print('continue from else', i)
            continue
    print('end of body', i)

# nested try/finally layers all run on break
for i in range(1):
    try:
        try:
            break
        finally:
            print('inner finally')
    finally:
        print('outer finally')

# break/continue inside with blocks: __exit__ runs
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0])
        return False

for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print('done with')

# while loops nested in for loops
for i in range(3):
    n = 0
    while True:
        n += 1
        if n > i:
            break
        if n == 1:
            continue
        print('while body', i, n)
    print('while exit', i, n)

# continue in finally (allowed since 3.8)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            continue
        print('finally tail', i)

# break in finally swallows the exception
for i in range(3):
    try:
        raise RuntimeError('lost')
    finally:
        break
print('exception swallowed, i =', i)

# continue in finally swallows too
count = 0
for i in range(3):
    try:
        raise RuntimeError('lost')
    finally:
        count += 1
        continue
print('continue swallowed', count)

# generators with break: the generator is left suspended
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print('gen finally')
g = gen()
for x in g:
    if x == 2:
        break
print('after gen loop', x)
g.close()

# deep nesting with labelled-like exceptions
class Exit(Exception):
    pass
try:
    for a in range(3):
        for b in range(3):
            for c in range(3):
                if a + b + c == 4:
                    raise Exit(a, b, c)
except Exit as e:
    print('exit', e.args)
