import sys

def broken(t, v, tb):
    raise RuntimeError('the hook itself failed')

sys.excepthook = broken
print('installing a broken hook')

def work():
    return {}['missing']
work()
