# pwd and grp: the root entries, lookups by name and id, errors, struct types.
import pwd
import grp
import posix

root = pwd.getpwuid(0)
print(root)
print(type(root).__name__, len(root), root.pw_name, root.pw_uid, root[0] == root.pw_name, type(root).n_fields, type(root).n_sequence_fields)
print(pwd.getpwnam('root') == root, root in pwd.getpwall(), isinstance(pwd.getpwall(), list))
me = pwd.getpwuid(posix.getuid())
print(me.pw_uid == posix.getuid(), pwd.getpwnam(me.pw_name) == me)
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
g = grp.getgrgid(0)
print(g)
print(type(g).__name__, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam('root') == g, g in grp.getgrall())
print(grp.getgrgid(id=0) == g, grp.getgrnam(name='root') == g)
for call in (lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam('nosuchuser'), lambda: pwd.getpwnam(1),
             lambda: pwd.getpwuid('a'), lambda: grp.getgrgid(987654), lambda: grp.getgrnam('nosuch'), lambda: pwd.getpwuid(2 ** 40),
             lambda: grp.getgrgid('x'), lambda: grp.getgrnam(b'root'), lambda: pwd.getpwall(1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(pwd) if not n.startswith('_')), sorted(n for n in dir(grp) if not n.startswith('_')))
