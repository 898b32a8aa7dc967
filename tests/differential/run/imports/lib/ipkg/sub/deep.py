from . import __name__ as pkg_name
from ...ipkg import value
where = __name__
def fail():
    raise ValueError("raised in deep")
