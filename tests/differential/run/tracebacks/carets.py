def compute(a, b):
    return a + b * 2

def outer():
    values = {'x': 1}
    return compute(values['x'], 'y') 

outer()
