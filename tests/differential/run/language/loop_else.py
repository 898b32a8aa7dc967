# for/while with else: when the else runs, and interactions with break/continue/return.
def search(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print('not found', target)

search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)

# continue does not skip the else
for i in range(3):
    if i % 2:
        continue
    print('even', i)
else:
    print('for-else after continue, i =', i)

# while-else
n = 3
while n:
    n -= 1
else:
    print('while-else, n =', n)

n = 10
while n:
    n -= 1
    if n == 7:
        break
else:
    print('never')
print('broke at', n)

# while False still runs the else
while False:
    print('no')
else:
    print('while False else')

# return from inside the loop skips the else
def ret():
    for i in range(5):
        if i == 2:
            return 'returned %d' % i
    else:
        return 'else'
print(ret())

def ret_else():
    for i in []:
        return 'body'
    else:
        return 'else of empty'
print(ret_else())

# exception in the loop skips the else
try:
    for i in range(3):
        if i == 1:
            raise ValueError('stop at 1')
    else:
        print('never')
except ValueError as e:
    print('ValueError', e)

# nested loops: break in the inner loop only skips the inner else
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print('inner else', i)
    print('outer', i, j)
else:
    print('outer else')

# the primes classic
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# else with a try/finally inside the loop
for i in range(2):
    try:
        if i == 1:
            break
    finally:
        print('finally', i)
else:
    print('never')

# loop variable after the loop
for last in 'abc':
    pass
print('last', last)
for never_bound in []:
    pass
try:
    never_bound
except NameError as e:
    print('NameError', e)

# else clause and an iterator that is exhausted
it = iter([1, 2, 3])
for x in it:
    if x == 2:
        break
for y in it:
    print('rest', y)
else:
    print('rest exhausted')
for z in it:
    print('never')
else:
    print('empty iterator else')

# while with complex condition and else
a, b = 0, 5
while a < b and b > 2:
    a += 1
    b -= 1
else:
    print('while else', a, b)
