# An uncaught exception prints the traceback on stderr and exits with code 1.
import sys
print('start')
print('to stderr first', file=sys.stderr)
def inner():
    return {}['missing']
def outer():
    return inner()
outer()
