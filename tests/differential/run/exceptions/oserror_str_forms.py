# OSError's str/repr with 1-5 arguments, filename types, winerror, and BlockingIOError.characters_written.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Path:
    def __repr__(self):
        return '<Path p>'

for args in [(), ('m',), (5,), (5, 'Five'), (5, 'Five', 'f'), (5, 'Five', 'f', 7), (5, 'Five', 'f', 7, 'g'),
             (5, 'Five', None, None, 'g'), (None, 'Five', 'f'), (5, None, 'f'), (None, None, None, None, 'g'),
             (5, 'Five', b'bytes'), (5, 'Five', 42), (5, 'Five', Path()), (5, 'Five', 'f', None, Path()),
             (5, 'Five', "it's"), ('e', 's', 'f', 'w', 'g'), (5, 'Five', ''), (5, 'Five', 'f', None, '')]:
    e = OSError(*args)
    print(len(args), repr(str(e)), '|', repr(e), '|', e.args, e.filename, e.filename2)

# winerror is a Windows-only attribute
print(hasattr(OSError(1, 'x'), 'winerror'), 'winerror' in dir(OSError))
show('winerror argument ignored', lambda: OSError(5, 'x', 'f', 1234).args)

# fields can be set and deleted; str follows them
e = OSError(5, 'Five')
e.filename = 'late'
print(str(e))
e.filename2 = 'later'
print(str(e))
e.errno = None
print(str(e))
e.strerror = None
print(repr(str(e)), e.args)
del e.filename
print(e.filename, repr(str(e)))
del e.errno
print(e.errno, e.strerror)

# str of a subclass uses the same rules; a subclass can override it
print(str(FileNotFoundError(2, 'No such file or directory', 'a.txt', None, 'b.txt')))
class Quiet(OSError):
    def __str__(self):
        return 'quiet ' + str(self.errno)
print(str(Quiet(3, 'x')), repr(Quiet(3, 'x')))

# BlockingIOError.characters_written
for args in [(11, 'x'), (11, 'x', 3), (11, 'x', 'f'), (11, 'x', 3.5), (11, 'x', True), (11, 'x', 0), (11, 'x', -1)]:
    try:
        b = BlockingIOError(*args)
        try:
            cw = b.characters_written
        except AttributeError as err:
            cw = 'AttributeError ' + str(err)
        print(args, b.args, b.filename, cw, str(b))
    except Exception as err:
        print(args, type(err).__name__, err)
b = BlockingIOError(11, 'x')
show('set float', lambda: setattr(b, 'characters_written', 1.5))
show('set str', lambda: setattr(b, 'characters_written', 'x'))
show('set big', lambda: setattr(b, 'characters_written', 2**70))
show('del unset', lambda: delattr(b, 'characters_written'))
b.characters_written = 9
show('after set', lambda: (b.characters_written, b.args))
show('other class', lambda: OSError(11, 'x', 5).characters_written)
show('reduce', lambda: BlockingIOError(11, 'x', 5).__reduce__())
show('reduce filename', lambda: OSError(5, 'Five', 'f', None, 'g').__reduce__())
show('reduce plain', lambda: OSError(5, 'Five').__reduce__())
e = OSError(5, 'Five', 'f')
e.extra = 1
show('reduce with dict', lambda: e.__reduce__())
raise PermissionError(13, 'Permission denied', 'secret', None, 'copy')
