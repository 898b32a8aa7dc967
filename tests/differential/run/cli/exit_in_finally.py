# sys.exit inside finally replaces the pending exception; finally blocks run on exit.
import sys
def cleanup():
    try:
        raise ValueError('pending')
    finally:
        print('finally runs, exiting')
        sys.exit(5)
try:
    try:
        sys.exit(2)
    finally:
        print('finally on the way out')
except SystemExit as e:
    print('caught', e.code)
try:
    cleanup()
except SystemExit as e:
    print('context', type(e.__context__).__name__, e.code)
try:
    sys.exit(9)
except Exception:
    print('never: SystemExit is not an Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
cleanup()
