# sys.argv for a script run with no arguments, and importing names from sys.
import sys
from sys import argv as a
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0])
print(a is sys.argv, a[1:])
sys.argv.append('extra')
print(a[-1], len(sys.argv))
sys.argv = ['replaced']
print(sys.argv, a[0])
print(sys.orig_argv[-1] if hasattr(sys, 'orig_argv') else 'argv.py')
