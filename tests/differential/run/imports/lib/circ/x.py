from .y import Y
X = 1
