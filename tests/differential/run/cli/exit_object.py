# SystemExit with an object that is not an int or None: str(obj) on stderr, exit code 1.
import sys
class Code:
    def __str__(self):
        return 'custom exit object'
try:
    sys.exit(Code())
except SystemExit as e:
    print('caught', type(e.code).__name__)
print('now for real')
raise SystemExit(Code())
