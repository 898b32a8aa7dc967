def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def where(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapped(fn, it):
    for x in it:
        yield fn(x)

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(take(5, numbers())))
print(list(take(4, where(lambda x: x % 3 == 0, numbers()))))
print(list(take(3, mapped(lambda x: x * x, where(lambda x: x % 2, numbers())))))
print(list(window(range(5), 3)))
print(list(chunks(range(7), 3)))

# laziness: each stage pulls one value at a time
log = []
def traced(name, it):
    for x in it:
        log.append('%s:%s' % (name, x))
        yield x
pipe = traced('b', traced('a', range(3)))
next(pipe)
print(log)
next(pipe)
print(log)

# coroutine-style consumers with send
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total, count
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 40]])
try:
    avg.send(None)
except StopIteration as e:
    print('summary', e.value)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
p = printer('match:')
next(p)
gr = grep('py', p)
next(gr)
for line in ['python', 'ruby', 'pypy', 'perl']:
    gr.send(line)
gr.close()
p.close()

# zip / enumerate / map over generators stop with the shortest
print(list(zip(numbers(), 'abc')))
print(list(map(lambda a, b: a * b, numbers(), take(3, numbers()))))
print(dict(enumerate(take(3, mapped(str, numbers())), start=1)))
print(any(x > 10 for x in numbers()), all(x < 3 for x in numbers()))
print(sorted(take(5, mapped(lambda x: -x, numbers()))))
print(''.join(reversed(list(take(4, mapped(chr, mapped(lambda x: x + 97, numbers())))))))
