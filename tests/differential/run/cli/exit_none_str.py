# SystemExit with None is exit code 0; a str goes to stderr with exit code 1.
import sys
for arg in [(), (None,), (0,), ('message',), (1, 2)]:
    try:
        raise SystemExit(*arg)
    except SystemExit as e:
        print(arg, '->', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit() code', e.code)
print('stdout line', file=sys.stdout)
print('stderr line', file=sys.stderr)
sys.stderr.write('written to stderr\n')
sys.exit('goodbye from exit_none_str')
