from . import b
A = "a done"
