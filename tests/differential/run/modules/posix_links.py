# posix: links, modes, owners, times, sizes, descriptors' flags, statvfs and scandir/DirEntry.
import posix

here = __file__.rsplit('/', 1)[0]
work = here + '/posix_links_tmp'
try:
    posix.mkdir(work)
except FileExistsError:
    pass


def show(call):
    try:
        r = call()
        print(r if not isinstance(r, str) or work not in r else r.replace(work, '<work>'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(work, '<work>'))


f = work + '/file.txt'
fd = posix.open(f, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o600)
posix.write(fd, b'0123456789')
print(posix.get_inheritable(fd), posix.get_blocking(fd))
posix.set_inheritable(fd, True)
posix.set_blocking(fd, False)
print(posix.get_inheritable(fd), posix.get_blocking(fd))
posix.set_blocking(fd, True)
posix.fsync(fd)
posix.fdatasync(fd)
posix.ftruncate(fd, 4)
print(posix.fstat(fd).st_size)
fd2 = posix.dup2(fd, fd + 10)
print(fd2 == fd + 10, posix.get_inheritable(fd2))
fd3 = posix.dup2(fd, fd + 11, inheritable=False)
print(posix.get_inheritable(fd3))
posix.closerange(fd2, fd3 + 1)
show(lambda: posix.fstat(fd2))
posix.close(fd)

posix.truncate(f, 2)
print(posix.stat(f).st_size)
posix.chmod(f, 0o640)
print(oct(posix.stat(f).st_mode & 0o777))
fd = posix.open(f, posix.O_RDONLY)
posix.fchmod(fd, 0o604)
print(oct(posix.stat(f).st_mode & 0o777))
posix.chmod(fd, 0o644)
print(oct(posix.stat(f).st_mode & 0o777))

posix.close(fd)

posix.utime(f, (1000000000, 1500000000.25))
st = posix.stat(f)
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
posix.utime(f, ns=(123456789012345678, 5))
st = posix.stat(f)
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
posix.utime(f)
print(posix.stat(f).st_mtime > 1600000000)

lnk = work + '/link'
posix.symlink('file.txt', lnk)
print(posix.readlink(lnk), posix.readlink(lnk.encode()), posix.lstat(lnk).st_size, posix.stat(lnk).st_size)
posix.utime(lnk, (5, 6), follow_symlinks=False)
print(posix.lstat(lnk).st_mtime, posix.stat(lnk).st_mtime != 6)
hard = work + '/hard'
posix.link(f, hard)
print(posix.stat(f).st_nlink, posix.stat(hard).st_ino == posix.stat(f).st_ino)
posix.chown(f, -1, -1)
posix.lchown(lnk, -1, -1)
posix.chown(lnk, posix.getuid(), posix.getgid(), follow_symlinks=False)
posix.mkfifo(work + '/fifo', 0o600)

print(oct(posix.stat(work + '/fifo').st_mode & 0o170000))
posix.mkdir(work + '/sub')

entries = sorted(posix.scandir(work), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path.replace(work, '<work>'), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.path).st_ino,
          e.stat().st_mode == posix.stat(e.path).st_mode, e.stat(follow_symlinks=False).st_mode == posix.lstat(e.path).st_mode,
          e.stat() is e.stat(), posix.fspath(e) == e.path)
with posix.scandir(work.encode()) as it:
    names = sorted((e.name, type(e.path).__name__) for e in it)
print(names)
it = posix.scandir(work)
print(type(it).__name__, iter(it) is it)
next(it)
it.close()
it.close()
print(list(it))
show(lambda: posix.scandir(3.5))
show(lambda: posix.scandir(work + '/nonexistent'))
show(lambda: posix.DirEntry())
show(lambda: entries[0].is_dir(True))
print(posix.DirEntry[int])

sv = posix.statvfs(work)
print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_namemax, sv[0] == sv.f_bsize, type(sv.f_fsid).__name__)
fd = posix.open(work, posix.O_RDONLY)
print(posix.fstatvfs(fd).f_namemax, posix.statvfs(fd).f_namemax)
posix.close(fd)

r, w = posix.pipe()
print(posix.get_inheritable(r), posix.isatty(r))
posix.close(r)
posix.close(w)
r, w = posix.pipe2(posix.O_NONBLOCK)
print(posix.get_blocking(r), posix.get_inheritable(r))
show(lambda: posix.read(r, 10))
posix.close(r)
posix.close(w)
show(lambda: posix.ttyname(posix.open(f, posix.O_RDONLY)))

for call in (lambda: posix.readlink(work + '/nonexistent'), lambda: posix.readlink(f), lambda: posix.symlink('x', lnk),
             lambda: posix.link(work + '/nope', work + '/nope2'), lambda: posix.chmod(work + '/nope', 0o600),
             lambda: posix.truncate(work + '/nope', 0), lambda: posix.utime(f, (1, 2), ns=(1, 2)), lambda: posix.utime(f, 3),
             lambda: posix.utime(f, ns=3), lambda: posix.utime(f, ns=(1.5, 2)), lambda: posix.utime(f, ('a', 1)),
             lambda: posix.chown(f, 'a', 1), lambda: posix.dup2(99999, 100), lambda: posix.get_blocking(99999),
             lambda: posix.set_inheritable(99999, True), lambda: posix.fsync('x'), lambda: posix.fsync(-1),
             lambda: posix.mkfifo(work + '/fifo'), lambda: posix.statvfs(work + '/nope'), lambda: posix.ftruncate(99999, 0),
             lambda: posix.truncate(f, 1.5)):
    show(call)


class FileLike:
    def fileno(self):
        return fdx


fdx = posix.open(f, posix.O_RDONLY)
posix.fsync(FileLike())
posix.close(fdx)

for name in sorted(posix.listdir(work)):
    p = work + '/' + name
    if name == 'sub':
        posix.rmdir(p)
    else:
        posix.unlink(p)
posix.rmdir(work)
print(sorted(n for n in ('scandir', 'DirEntry', 'symlink', 'readlink', 'link', 'utime', 'statvfs_result') if hasattr(posix, n)))
