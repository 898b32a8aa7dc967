# _posixsubprocess.fork_exec as subprocess.py calls it (without fork in Ember), and select/poll on its pipes.
import _posixsubprocess
import posix
import select


def run(argv, executables, cwd=None, env=None, stdin_data=None, close_fds=True, pass_fds=(), capture=True):
    p2cread = p2cwrite = c2pread = c2pwrite = -1
    if stdin_data is not None:
        p2cread, p2cwrite = posix.pipe()
    if capture:
        c2pread, c2pwrite = posix.pipe()
    errpipe_read, errpipe_write = posix.pipe()
    keep = tuple(sorted(set(pass_fds) | {errpipe_write}))
    pid = _posixsubprocess.fork_exec(argv, executables, close_fds, keep, cwd, env,
                                     p2cread, p2cwrite, c2pread, c2pwrite, -1, -1,
                                     errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, None, True)
    posix.close(errpipe_write)
    for fd in (p2cread, c2pwrite):
        if fd != -1:
            posix.close(fd)
    err = b''
    while True:
        part = posix.read(errpipe_read, 50000)
        if not part:
            break
        err += part
    posix.close(errpipe_read)
    if err:
        try:
            posix.waitpid(pid, 0)
        except ChildProcessError:
            pass  # Ember's failed child was already reaped (no fork: the exec never happened)
        print('  errpipe:', err)
        if p2cwrite != -1:
            posix.close(p2cwrite)
        if c2pread != -1:
            posix.close(c2pread)
        return
    if stdin_data is not None:
        posix.write(p2cwrite, stdin_data)
        posix.close(p2cwrite)
    out = b''
    if capture:
        poller = select.poll()
        poller.register(c2pread, select.POLLIN)
        while True:
            events = poller.poll(5000)
            if not events:
                break
            chunk = posix.read(c2pread, 4096)
            if not chunk:
                break
            out += chunk
        posix.close(c2pread)
    _, status = posix.waitpid(pid, 0)
    print('  out:', out, 'exit:', posix.waitstatus_to_exitcode(status))


print('echo')
run([b'/bin/echo', b'hi'], (b'/bin/echo',))
print('exit 3')
run([b'sh', b'-c', b'exit 3'], (b'/bin/sh',))
print('path search')
run([b'cat'], (b'/nonexistent/cat', b'/usr/bin/cat', b'/bin/cat'), stdin_data=b'piped data\n')
print('missing')
run([b'nosuch'], (b'/usr/local/bin/nosuch', b'/usr/bin/nosuch'))
print('not executable')
run([b'passwd'], (b'/etc/passwd',))
print('cwd')
run([b'/bin/pwd'], (b'/bin/pwd',), cwd='/usr/lib')
print('bad cwd')
run([b'/bin/pwd'], (b'/bin/pwd',), cwd='/nonexistent_dir')
print('env')
run([b'/bin/sh', b'-c', b'echo "$A-$B"'], (b'/bin/sh',), env=[b'A=1', b'B=two'])
print('pass_fds')
r, w = posix.pipe()
run([b'/bin/sh', b'-c', b'echo through >/dev/fd/%d' % w], (b'/bin/sh',), pass_fds=(w,))
posix.close(w)
print('  passed:', posix.read(r, 100))
posix.close(r)
print('close_fds')
r, w = posix.pipe()
posix.set_inheritable(w, True)
run([b'/bin/sh', b'-c', b'{ echo leak >/dev/fd/%d; } 2>/dev/null; echo $?' % w], (b'/bin/sh',))
posix.close(w)
print('  leaked:', posix.read(r, 100))
posix.close(r)
print('stderr to stdout and no capture')
run([b'/bin/sh', b'-c', b'true'], (b'/bin/sh',), capture=False)

for args in ((), [None] * 23):
    try:
        _posixsubprocess.fork_exec(*args)
    except Exception as e:
        print(type(e).__name__, e)

r, w = posix.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
posix.write(w, b'x')
print(select.select([r], [], [], 1.5) == ([r], [], []))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fr = F(r)
print(select.select([fr], [], [])[0][0] is fr)
p = select.poll()
p.register(r)
p.register(F(w), select.POLLOUT)
print(sorted(p.poll(0)) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll() == [(r, select.POLLIN)])
p.unregister(r)
print(p.poll(10), p.poll(0.5))
for call in (lambda: select.select([], [], [], -1), lambda: select.select([99999], [], [], 0), lambda: select.select(['a'], [], [], 0),
             lambda: select.select([], [], [], 'x'), lambda: select.select(1, [], []), lambda: p.unregister(r) if False else p.unregister(-5 + 5 + r), lambda: p.modify(r, 1),
             lambda: p.poll('x'), lambda: p.register(-1), lambda: select.poll().poll(0)):
    try:
        print(call())
    except KeyError as e:
        print('KeyError', e.args == (r,))
    except Exception as e:
        print(type(e).__name__, e)
posix.close(r)
posix.close(w)
print(select.error is OSError, select.PIPE_BUF, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL, select.POLLRDHUP)
