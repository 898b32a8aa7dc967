import _thread, sys

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except BaseException as e:
        print(type(e).__name__, e)

A = _thread._ExceptHookArgs
print(A, A.__module__, A.n_fields, A.n_sequence_fields)
args = A((1, 2, 3, 4))
print(args, args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args), args[3])
show(A, (1, 2))
show(A, 1)
show(_thread._excepthook, 1)
show(_thread._excepthook, (1, 2, 3, 4))
show(_thread._excepthook)

class FakeThread:
    name = 'worker-1'

def raise_and_report(exc, thread):
    try:
        raise exc
    except BaseException as e:
        return _thread._excepthook(A((type(e), e, e.__traceback__, thread)))

print(raise_and_report(ValueError('boom'), FakeThread()))
print(raise_and_report(SystemExit(2), FakeThread()))
print(raise_and_report(KeyError('k'), FakeThread()))

# with sys.stderr None, the thread's _stderr is used
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
class WithStderr:
    name = 'w2'
    _stderr = Out()
sys.stderr = None
print(raise_and_report(RuntimeError('r'), WithStderr()))
print(WithStderr._stderr.parts[0], WithStderr._stderr.parts[1:3], WithStderr._stderr.parts[-1])
print(raise_and_report(RuntimeError('r'), None))
class NoStderr:
    name = 'w3'
    _stderr = None
print(raise_and_report(RuntimeError('r'), NoStderr()))
sys.stderr = sys.__stderr__
print(raise_and_report(OSError(2, 'gone'), FakeThread()))
