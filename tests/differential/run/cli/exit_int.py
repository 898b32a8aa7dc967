# sys.exit with an int: no output on stderr, the exit code is the int.
import sys
print('before exit')
try:
    sys.exit(3)
except SystemExit as e:
    print('caught', type(e).__name__, e.code, e.args)
def deep(n):
    if n == 0:
        sys.exit(4)
    deep(n - 1)
try:
    deep(5)
except SystemExit as e:
    print('from nested functions', e.code)
print('exiting with 7')
deep(3) if False else sys.exit(7)
print('never printed')
