# ast.parse of a sample of the standard library (every 6th top-level module)
# through the Python-level objects: each file's
# ast.dump(include_attributes=True) by length and a 61-bit digest.
# tests/differential/ast_stdlib_walk.py compares every file.
import ast
import os

root = os.path.dirname(ast.__file__)
names = sorted(n for n in os.listdir(root) if n.endswith('.py'))
for name in names[::6]:
    with open(os.path.join(root, name), 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, name)
    except SyntaxError as e:
        print(name, 'SyntaxError', e.msg, e.lineno, e.offset)
        continue
    dump = ast.dump(tree, include_attributes=True).encode('utf-8', 'surrogatepass')
    nodes = sum(1 for _ in ast.walk(tree))
    print(name, nodes, len(dump), '%x' % (int.from_bytes(dump, 'little') % ((1 << 61) - 1)))
