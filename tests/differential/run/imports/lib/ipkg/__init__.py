print("ipkg: init", __name__, __package__)
value = "ipkg.value"
from . import helper
from .helper import twice
