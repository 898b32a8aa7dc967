a = 1
_b = 2
import sys as _sys
