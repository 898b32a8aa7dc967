def records(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split('=')
        yield number, key.strip(), value.strip()

def parse(lines):
    return {key: value for _, key, value in records(lines)}

print(parse(['a = 1', 'b = 2']))
parse(['x = 1', 'broken line', 'y = 2'])
