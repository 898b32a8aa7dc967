"""Answers number-operation cases for tests/Ember.Runtime.Tests/Numbers.

Reads one JSON case a line from the file named by the first argument: [op, operand, ...]. An operand is
"i:<decimal>", "b:0|1", "f:<float.hex()>", "c:<hex>,<hex>" or "s:<text>".
Prints one line a case: "<type>:<repr>" of the result, or "!<Class>: <str>"
for an exception. Run with Debian's /usr/bin/python3.11.
"""
import json
import math
import sys


def value(text):
    kind, _, rest = text.partition(':')
    if kind == 'i':
        return int(rest)
    if kind == 'b':
        return rest == '1'
    if kind == 'f':
        return float.fromhex(rest)
    if kind == 'c':
        re, im = rest.split(',')
        return complex(float.fromhex(re), float.fromhex(im))
    if kind == 's':
        return rest
    raise ValueError(kind)


BINARY = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
    'divmod': divmod, '**': lambda a, b: a ** b, '<<': lambda a, b: a << b,
    '>>': lambda a, b: a >> b, '&': lambda a, b: a & b, '|': lambda a, b: a | b,
    '^': lambda a, b: a ^ b, '<': lambda a, b: a < b, '<=': lambda a, b: a <= b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b, '>': lambda a, b: a > b,
    '>=': lambda a, b: a >= b, 'round': round,
}

UNARY = {
    'neg': lambda a: -a, 'pos': lambda a: +a, 'invert': lambda a: ~a, 'abs': abs,
    'bool': bool, 'hash': hash, 'repr': repr, 'int': int, 'float': float,
    'complex': complex, 'round': round, 'bit_length': lambda a: a.bit_length(),
    'bit_count': lambda a: a.bit_count(), 'as_integer_ratio': lambda a: a.as_integer_ratio(),
    'is_integer': lambda a: a.is_integer(), 'hex': lambda a: a.hex(),
    'trunc': math.trunc, 'floor': math.floor, 'ceil': math.ceil,
    'conjugate': lambda a: a.conjugate(),
}


def show(r):
    if isinstance(r, tuple):
        return 'tuple:(' + ', '.join(show(x) for x in r) + ')'
    if isinstance(r, float) and math.isnan(r):
        return 'float:nan'
    return type(r).__name__ + ':' + repr(r)


def run(case):
    op, *args = case
    vals = [value(a) for a in args]
    try:
        if op == 'pow3':
            r = pow(*vals)
        elif op == 'int_base':
            r = int(vals[0], vals[1])
        elif op == 'format':
            r = format(vals[0], vals[1])
        elif len(vals) == 1:
            r = UNARY[op](vals[0])
        else:
            r = BINARY[op](*vals)
        return show(r)
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + str(e)


def main():
    sys.set_int_max_str_digits(4300)
    out = sys.stdout
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line:
                out.write(run(json.loads(line)).replace('\n', '\\n') + '\n')


if __name__ == '__main__':
    main()
