"""Writes NAME.expected next to every tests/differential/<area>/NAME.py.

For the syntax area the expected output is what CPython 3.11 prints for
print(ast.dump(ast.parse(source, NAME.py), include_attributes=True)), the
output of `ember -X ast NAME.py`. Run with Debian's /usr/bin/python3.11.
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def syntax_expected(path):
    with open(path, 'rb') as f:
        source = f.read()
    name = os.path.basename(path)
    return ast.dump(ast.parse(source, name), include_attributes=True) + '\n'


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with python3.11')
    area = os.path.join(HERE, 'syntax')
    for name in sorted(os.listdir(area)):
        if name.endswith('.py'):
            path = os.path.join(area, name)
            with open(path[:-3] + '.expected', 'w', encoding='utf-8') as f:
                f.write(syntax_expected(path))


if __name__ == '__main__':
    main()
