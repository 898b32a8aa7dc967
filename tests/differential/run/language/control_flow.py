for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('for', i)
else:
    print('no else')

for i in range(2):
    pass
else:
    print('for else', i)

n = 0
while n < 3:
    n += 1
else:
    print('while else', n)

while True:
    n -= 1
    if n == 0:
        break
print('n', n)

x = 5
if x > 10:
    print('big')
elif x > 3:
    print('medium')
else:
    print('small')

print('ternary', 'yes' if x else 'no')
print('chain', 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print('and/or', 0 or 'a', 1 and 'b', None or 0, [] and 1)
print('not', not x, not 0)

for a, b in [(1, 2), (3, 4)]:
    print('pair', a, b)

for i, (a, *rest) in enumerate([[1, 2, 3], [4]]):
    print('nested', i, a, rest)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)

def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            return index
    return -1
print(find([5, 6, 7], 7), find([], 1))

total = 0
for i in range(3):
    for j in range(3):
        if j == i:
            break
        total += 10 * i + j
print('total', total)
assert total == 51
try:
    assert x < 0, 'x is not negative'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e))
