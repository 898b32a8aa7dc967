class MyError(Exception):
    pass

def cleanup():
    raise MyError('during cleanup')

def work():
    try:
        {}['missing']
    except KeyError:
        cleanup()

work()
