data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(f'{n} items')
print([y for x in data if (y := x * 2) > 4])
print(y)
values = iter([1, 2, 0, 5])
while (v := next(values)) != 0:
    print('v', v)
name = 'Ember'
width = 10
print(f'{name!r} {name!s} {name!a} {name:>{width}} {name:*^11}')
print(f'{3.14159:.2f} {42:05d} {255:#x} {1000000:,} {0.25:%}')
print(f'{"nested " + name}')
print(f'{name=}')
print(f'{1 + 1 = }')
print(f'{{braces}} {name[0]}')
print(f'{"é"!a}')
obj = {'a': [1, 2]}
print(f"{obj['a'][1]} {len(obj)}")
print(f'{name:{"<"}{8}}|')
print(f'''{
    name
}''')
print(f'{3!r:>5}')
