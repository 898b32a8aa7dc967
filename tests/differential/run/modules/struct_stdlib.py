# struct.py and stat.py over _struct and _stat: the stdlib modules import and re-export them.
import struct
import stat

print(struct.__all__)
print(struct.pack('<hq', 1, 2), struct.calcsize('P'), struct.Struct('>I').pack(7), struct.unpack('!I', b'\x00\x00\x01\x00'))
print(struct.error.__module__, struct.Struct.__module__, struct.__doc__ is not None)
try:
    struct.pack('b', 300)
except struct.error as e:
    print('struct.error', e)
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.pack_into is not None)
struct._clearcache()
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_ISDIR(0o40000), stat.S_IMODE(0o104755), stat.S_IFMT(0o120777))
print(stat.S_ISREG.__module__, stat.filemode.__module__)
print(stat.FILE_ATTRIBUTE_HIDDEN, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.ST_MTIME)
