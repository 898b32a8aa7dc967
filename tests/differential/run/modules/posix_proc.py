# posix: system information, ids, wait-status macros, spawn and wait, conf names, errors.
import posix

u = posix.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, type(u).n_fields, type(u).n_sequence_fields)
print(repr(posix.uname_result(('a', 'b', 'c', 'd', 'e'))))
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed == t[4])
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
tr, tw = posix.pipe()
try:
    posix.get_terminal_size(tr)
except OSError as e:
    print(type(e).__name__, e)
posix.close(tr)
posix.close(tw)
print(posix.sysconf('SC_CLK_TCK'), posix.sysconf('SC_PAGESIZE') > 0, posix.sysconf(2) == posix.sysconf('SC_CLK_TCK'))
print(len(posix.sysconf_names), len(posix.confstr_names), len(posix.pathconf_names))
print(posix.sysconf_names['SC_OPEN_MAX'], posix.confstr_names['CS_PATH'], posix.pathconf_names['PC_NAME_MAX'])
print(posix.confstr('CS_PATH'), posix.confstr('CS_GNU_LIBC_VERSION').split()[0])
print(posix.pathconf('/', 'PC_NAME_MAX'), posix.fpathconf(0, 'PC_PIPE_BUF') > 0 if posix.isatty(0) else True)
for call in (lambda: posix.sysconf('nope'), lambda: posix.sysconf(1.5), lambda: posix.sysconf(12345), lambda: posix.confstr(12345),
             lambda: posix.pathconf('/nonexistent', 'PC_NAME_MAX')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(posix.getuid() == posix.geteuid(), posix.getgid() == posix.getegid(), isinstance(posix.getgroups(), list))
print(posix.getppid() > 0, posix.getpgrp() == posix.getpgid(0), posix.getsid(0) == posix.getsid(posix.getpid()) >= 0, posix.getpid() > 0)
for status, name in ((0, 'exit 0'), (3 << 8, 'exit 3'), (9, 'killed 9'), (0x80 | 11, 'core 11'), ((19 << 8) | 0x7f, 'stopped 19'), (0xffff, 'continued')):
    print(name, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status), posix.WTERMSIG(status),
          posix.WIFSTOPPED(status), posix.WSTOPSIG(status), posix.WCOREDUMP(status), posix.WIFCONTINUED(status=status))
    try:
        print(' ', posix.waitstatus_to_exitcode(status))
    except ValueError as e:
        print(' ', type(e).__name__, e)
print(posix.WNOHANG, posix.WUNTRACED, posix.P_PID, posix.POSIX_SPAWN_DUP2, posix.EX_CONFIG, posix.ST_RDONLY, posix.SCHED_OTHER)
print(posix.major(posix.makedev(8, 17)), posix.minor(posix.makedev(8, 17)), posix.makedev(259, 65537))

pid = posix.posix_spawn('/bin/sh', ['sh', '-c', 'exit 7'], {})
p, status = posix.waitpid(pid, 0)
print(p == pid, posix.WEXITSTATUS(status), posix.waitstatus_to_exitcode(status))
pid = posix.posix_spawnp('sh', ['sh', '-c', 'kill -9 $$'], {'PATH': '/bin:/usr/bin'})
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
r, w = posix.pipe()
print(posix.get_inheritable(r), posix.get_inheritable(w), posix.get_blocking(r))
pid = posix.posix_spawn('/bin/sh', ['sh', '-c', 'echo "$GREETING" from child'], {'GREETING': 'hello'},
                        file_actions=[(posix.POSIX_SPAWN_DUP2, w, 1), (posix.POSIX_SPAWN_CLOSE, r)])
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
print(posix.waitstatus_to_exitcode(posix.wait()[1]) if True else None)
pid = posix.posix_spawn('/bin/sh', ['sh', '-c', 'exit 0'], {}, setpgroup=0, setsigmask=[10], setsigdef=[13], resetids=True)
print(posix.waitpid(pid, 0)[1])
pid = posix.posix_spawn('/bin/sh', ['sh', '-c', 'test "$(ps -o sid= -p $$)" -eq $$'], {'PATH': '/bin:/usr/bin'}, setsid=True)
print(posix.waitpid(pid, 0)[1] >> 8 in (0, 127))
for call in (lambda: posix.posix_spawn('/bin/x', [], {}), lambda: posix.posix_spawn('/bin/x', ['a'], 3),
             lambda: posix.posix_spawn('/bin/nonexistent', ['a'], {}), lambda: posix.posix_spawn('/bin/true', ['a'], {}, file_actions=[()]),
             lambda: posix.posix_spawn('/bin/true', ['a'], {}, file_actions=[(9,)]), lambda: posix.posix_spawn('/bin/true', ('a',), {'a=b': 'c'}),
             lambda: posix.posix_spawn('/bin/true', 'ab', {}), lambda: posix.posix_spawn('/bin/true', ['a'], {}, file_actions=[(1,)]),
             lambda: posix.posix_spawn('/bin/true', ['a'], {}, setsigmask=[0]),
             lambda: posix.waitpid(999999, 0), lambda: posix.waitpid(-1, posix.WNOHANG), lambda: posix.kill(99999999, 0),
             lambda: posix.execv('/bin/x', []), lambda: posix.execv('/bin/x', 3), lambda: posix.execv('/bin/x', ['']),
             lambda: posix.execv('/nonexistent', ['x']), lambda: posix.execve('/bin/true', ['x'], 3),
             lambda: posix.waitstatus_to_exitcode(1.5), lambda: posix.WIFEXITED(), lambda: posix.register_at_fork(),
             lambda: posix.register_at_fork(before=1), lambda: posix.register_at_fork(after_in_child=lambda: None),
             lambda: posix.register_at_fork(lambda: None), lambda: posix.killpg(99999999, 0)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(posix, 'posix_spawn'), hasattr(posix, 'waitpid'))
print(posix.nice(0), posix.sched_getaffinity(0) <= set(range(1024)), len(posix.getloadavg()))
posix.putenv('EMBER_TEST_VAR', 'value1')
pid = posix.posix_spawn('/bin/sh', ['sh', '-c', 'test "$EMBER_TEST_VAR" = value1'], {'EMBER_TEST_VAR': 'value1'})
print(posix.waitpid(pid, 0)[1])
posix.unsetenv('EMBER_TEST_VAR')
for call in (lambda: posix.putenv('', 'x'), lambda: posix.putenv('a=b', 'x'), lambda: posix.putenv('a\0', 'x'), lambda: posix.unsetenv('a=b')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
