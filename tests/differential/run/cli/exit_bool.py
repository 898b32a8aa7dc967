# Exit codes from bools: SystemExit(True) exits with 1, and the code keeps its type.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print('True ->', e.code, type(e.code).__name__)
try:
    sys.exit(False)
except SystemExit as e:
    print('False ->', e.code)
print('exiting with True')
sys.stdout.flush()
sys.exit(True)
