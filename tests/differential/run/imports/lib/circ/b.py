from . import a
B = "b sees a: " + str(hasattr(a, "A"))
