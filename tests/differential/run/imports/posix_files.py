# posix: stat results, files by descriptor, directories, renames, access and errno-based OSErrors.
import posix
import errno

here = __file__.rsplit('/', 1)[0]
work = here + '/posix_files_tmp'
try:
    posix.mkdir(work)
except FileExistsError:
    pass

name = work + '/data.bin'
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd).__name__, posix.write(fd, b'hello world'), posix.isatty(fd))
posix.close(fd)

st = posix.stat(name)
print(type(st).__name__, len(st), st.st_size, st[6], oct(st.st_mode & 0o777), st.st_mode == st[0])
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10 ** 9 == st[8], int(st.st_mtime) == st[8])
print(st.st_nlink, st.st_ino == st[1], st.st_dev == st[2], st.st_blksize > 0, st.st_blocks >= 0)
print(type(st).n_sequence_fields, type(st).n_fields, type(st).n_unnamed_fields)
print(posix.lstat(name).st_size, posix.stat(name.encode()).st_size, posix.stat(name, follow_symlinks=False).st_size)

fd = posix.open(name, posix.O_RDONLY)
print(posix.fstat(fd).st_size, posix.stat(fd).st_size, posix.read(fd, 5), posix.lseek(fd, 0, 1))
print(posix.lseek(fd, -5, 2), posix.read(fd, 100), posix.read(fd, 100))
fd2 = posix.dup(fd)
print(fd2 != fd)
posix.close(fd2)
posix.close(fd)

print(posix.access(name, posix.F_OK), posix.access(name, posix.R_OK | posix.W_OK), posix.access(work + '/none', posix.F_OK))
posix.mkdir(work + '/sub')
print(sorted(posix.listdir(work)), sorted(posix.listdir(work.encode())))
posix.rename(name, work + '/renamed.bin')
posix.replace(work + '/renamed.bin', work + '/final.bin')
print(sorted(posix.listdir(work)))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(posix.stat(P(work + '/final.bin')).st_size, posix.fspath(P('x')), posix.fspath(P(b'y')), posix.fspath('s'))

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(r)
    except Exception as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else '', str(e).replace(here + '/', ''))

attempt(posix.stat, work + '/missing')
attempt(posix.lstat, work + '/missing')
attempt(posix.open, work + '/missing', posix.O_RDONLY)
attempt(posix.mkdir, work)
attempt(posix.rmdir, work)
attempt(posix.unlink, work + '/missing')
attempt(posix.rename, work + '/missing', work + '/other')
attempt(posix.listdir, work + '/final.bin')
attempt(posix.close, 9999)
attempt(posix.fstat, 9999)
attempt(posix.read, 9999, 1)
attempt(posix.stat, 3.5)
attempt(posix.lstat, 3)
attempt(posix.stat, 'a\0b')
attempt(posix.fspath, 3)
attempt(posix.fspath, P(3))
attempt(posix.stat, P(3))
attempt(posix.rename, 'a', b'b')
attempt(posix.urandom, -1)
attempt(posix.stat)
print(len(posix.urandom(16)), posix.strerror(errno.ENOENT), posix.strerror(errno.EACCES))
print(posix.error is OSError, posix.getpid() > 0, posix.cpu_count() > 0, posix.device_encoding(9999))
print(type(posix.getcwd()).__name__, type(posix.getcwdb()).__name__)
print(all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.SEEK_DATA, posix.SEEK_HOLE, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
print(errno.ENOENT, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN], errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])

old = posix.umask(0o22)
print(posix.umask(old) == 0o22)
posix.unlink(work + '/final.bin')
posix.rmdir(work + '/sub')
posix.remove if False else None
posix.rmdir(work)
print('posix_files_tmp' in posix.listdir(here))
