# _signal: Python handlers run on the main thread (raise_signal, alarm + pause, setitimer), their exceptions
# propagate, SIG_IGN/SIG_DFL, getsignal, the masks, and the argument errors.
import _signal as s

print(sorted(n for n in dir(s) if not n.startswith('__')))
for n in sorted(dir(s)):
    if n.startswith('SIG') or n.startswith('ITIMER') or n == 'NSIG':
        print(n, getattr(s, n), end='; ')
print()
print(s.ItimerError.__name__, s.ItimerError.__module__, s.ItimerError.__mro__[1:])
print(s.struct_siginfo.__module__, s.struct_siginfo.n_fields, [f for f in dir(s.struct_siginfo) if f.startswith('si_')])

def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'function ' + r.__name__ if callable(r) else repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)

log = []

def h(signum, frame):
    log.append(signum)
    print('handler', signum, type(frame).__name__, frame.f_code.co_name)

t('install', s.signal, s.SIGUSR1, h)
t('getsignal is h', lambda: s.getsignal(s.SIGUSR1) is h)
s.raise_signal(s.SIGUSR1)
print('after raise', log)

def f():
    s.raise_signal(s.SIGUSR1)
    return 'returned'

print('in function', f())

def boom(signum, frame):
    raise ValueError('from handler %d' % signum)

s.signal(s.SIGUSR2, boom)
try:
    s.raise_signal(s.SIGUSR2)
    print('not reached')
except ValueError as e:
    print('caught', e)
try:
    s.raise_signal(s.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e.args)
t('ignore', s.signal, s.SIGUSR1, s.SIG_IGN)
s.raise_signal(s.SIGUSR1)
print('ignored', s.getsignal(s.SIGUSR1), log)
t('back to h', s.signal, s.SIGUSR1, h)
t('dfl returns', s.signal, s.SIGUSR1, s.SIG_DFL)
t('sigint custom', s.signal, s.SIGINT, h)
s.raise_signal(s.SIGINT)
t('sigint restore', s.signal, s.SIGINT, s.default_int_handler)
t('lambda handler', s.signal, s.SIGUSR2, lambda n, fr: print('lambda', n))
s.raise_signal(s.SIGUSR2)

class Callable:
    def __call__(self, n, fr):
        print('callable object', n)

s.signal(s.SIGUSR2, Callable())
s.raise_signal(s.SIGUSR2)
s.signal(s.SIGUSR2, s.SIG_DFL)

# alarm and pause
s.signal(s.SIGALRM, h)
t('alarm', s.alarm, 1)
t('alarm again', lambda: s.alarm(1) in (0, 1))
s.pause()
print('after pause', log[-1])
t('alarm cancel', s.alarm, 0)

# setitimer
t('setitimer', s.setitimer, s.ITIMER_REAL, 0.2)
s.pause()
print('after itimer', log[-1])
t('getitimer idle', s.getitimer, s.ITIMER_REAL)
t('itimer remaining', lambda: (s.setitimer(s.ITIMER_REAL, 5.0, 1.0), s.getitimer(s.ITIMER_REAL)[0] > 4, s.getitimer(s.ITIMER_REAL)[1]))
t('itimer cancel', lambda: s.setitimer(s.ITIMER_REAL, 0)[1])
t('setitimer bad which', s.setitimer, 5, 1.0)
t('getitimer bad which', s.getitimer, 5)
t('setitimer str', s.setitimer, s.ITIMER_REAL, 'x')
s.signal(s.SIGALRM, s.SIG_DFL)

# getsignal defaults
print(s.getsignal(s.SIGINT), s.getsignal(s.SIGPIPE), s.getsignal(s.SIGHUP), s.getsignal(s.SIGXFSZ), s.getsignal(s.SIGTERM), s.getsignal(s.SIGRTMIN))
print(s.getsignal(s.SIGINT) is s.default_int_handler)

# masks
t('block', s.pthread_sigmask, s.SIG_BLOCK, [s.SIGUSR1, s.SIGUSR2])
t('unblock', s.pthread_sigmask, s.SIG_UNBLOCK, {s.SIGUSR1, s.SIGUSR2})
t('setmask', s.pthread_sigmask, s.SIG_SETMASK, [])
t('mask bad how', s.pthread_sigmask, 5, [])
t('mask 0', s.pthread_sigmask, s.SIG_BLOCK, [0])
t('mask 65', s.pthread_sigmask, s.SIG_BLOCK, [65])
t('mask str', s.pthread_sigmask, s.SIG_BLOCK, 'x')
t('sigpending', s.sigpending)
t('valid_signals', s.valid_signals)

# strsignal, siginterrupt, default_int_handler
for n in (1, 2, 9, 15, 34, 40, 64):
    t('strsignal %d' % n, s.strsignal, n)
t('strsignal 0', s.strsignal, 0)
t('strsignal 65', s.strsignal, 65)
t('strsignal str', s.strsignal, 'x')
t('siginterrupt', s.siginterrupt, s.SIGUSR1, 1)
t('siginterrupt 0', s.siginterrupt, 0, 1)
t('default_int_handler', s.default_int_handler, 2, None)
t('default_int_handler none', s.default_int_handler)
t('default_int_handler three', s.default_int_handler, 1, 2, 3)

# errors
t('signal 0', s.signal, 0, s.SIG_DFL)
t('signal 65', s.signal, 65, s.SIG_DFL)
t('signal KILL', s.signal, s.SIGKILL, s.SIG_IGN)
t('signal STOP', s.signal, s.SIGSTOP, h)
t('signal bad handler', s.signal, s.SIGUSR1, 5)
t('signal str handler', s.signal, s.SIGUSR1, 'x')
t('signal float handler', s.signal, s.SIGUSR1, 1.0)
t('signal True handler', s.signal, s.SIGUSR1, True)
t('signal str', s.signal, 'x', h)
t('signal one arg', s.signal, 10)
t('getsignal 0', s.getsignal, 0)
t('getsignal 32', s.getsignal, 32)
t('raise 0', s.raise_signal, 0)
t('raise 65', s.raise_signal, 65)
t('raise 32', s.raise_signal, 32)
t('alarm str', s.alarm, 'x')
t('pause arg', s.pause, 1)
t('wakeup', s.set_wakeup_fd, -1)
t('wakeup bad fd', s.set_wakeup_fd, 999)
t('wakeup blocking', s.set_wakeup_fd, 1)
t('wakeup kw', s.set_wakeup_fd, -1, warn_on_full_buffer=False)
t('wakeup str', s.set_wakeup_fd, 'x')
print('log', log)
