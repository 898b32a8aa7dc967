# Exit codes from True and from a negative int (wraps to 255) and a code that is a bool subclass.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print('True ->', e.code, type(e.code).__name__)
try:
    sys.exit(False)
except SystemExit as e:
    print('False ->', e.code)
print('exiting with -1')
sys.stdout.flush()
sys.exit(-1)
