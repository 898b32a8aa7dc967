import _blake2
def t(f):
    try: r = f(); print('ok', r if not hasattr(r, 'hexdigest') else r.hexdigest())
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 5
B=_blake2.blake2b; S=_blake2.blake2s
for C in (B,S):
  for kw in [dict(digest_size=0), dict(digest_size=65), dict(digest_size=33), dict(digest_size=-1), dict(digest_size=2**64), dict(digest_size=2**40),
             dict(digest_size=1.0), dict(digest_size='a'), dict(digest_size=I()), dict(digest_size=True),
             dict(key=b'x'*65), dict(key=b'x'*33), dict(key='abc'), dict(key=1), dict(key=bytearray(b'k')), dict(key=memoryview(b'kk')),
             dict(salt=b'x'*17), dict(salt=b'x'*9), dict(salt='x'), dict(salt=b'x'*8),
             dict(person=b'x'*17), dict(person=b'x'*9), dict(person=b'p'),
             dict(fanout=-1), dict(fanout=256), dict(fanout=0), dict(depth=0), dict(depth=256), dict(depth=255),
             dict(leaf_size=-1), dict(leaf_size=2**32), dict(leaf_size=2**64), dict(leaf_size=2**32-1), dict(leaf_size=I()), dict(leaf_size=True),
             dict(node_offset=-1), dict(node_offset=2**48), dict(node_offset=2**48-1), dict(node_offset=2**64), dict(node_offset=2**64-1), dict(node_offset=I()),
             dict(node_depth=-1), dict(node_depth=256), dict(node_depth=255),
             dict(inner_size=-1), dict(inner_size=65), dict(inner_size=33), dict(inner_size=32),
             dict(last_node=1), dict(last_node=[]), dict(last_node=[1]),
             dict(data=b''), dict(foo=1), dict(fanout=1.5), dict(fanout='x'), dict(leaf_size=1.5), dict(node_offset=1.5), dict(node_offset='a'),
             dict(usedforsecurity=0), dict(digest_size=None),
             dict(key=memoryview(b'abcd')[::2]), dict(digest_size=0, fanout='x'), dict(digest_size=0, salt=b'x'*100),
             dict(salt=b'x'*100, person=b'x'*100), dict(key=b'x'*100, inner_size=-1), dict(key=b'x'*100, digest_size=0)]:
      print(C.__name__, sorted(kw), end=' ')
      t(lambda: C(b'abc', **kw))
  t(lambda: C(b'', b''))
  t(lambda: C('abc'))
  t(lambda: C(1))
  t(lambda: C('abc', digest_size=0))
  t(lambda: C(digest_size=0, data=1))
  t(lambda: C())
  t(lambda: C(b'x', key=b'k'))
  t(lambda: C(bytearray(b'x'), key=b'k'*C.MAX_KEY_SIZE, salt=b's'*C.SALT_SIZE, person=b'p'*C.PERSON_SIZE, digest_size=C.MAX_DIGEST_SIZE))
  h = C(b'abc', digest_size=20)
  print(h.name, h.digest_size, h.block_size, h.hexdigest())
  h2 = h.copy(); h2.update(b'd'); print(h.hexdigest(), h2.hexdigest())
  t(lambda: h.__init__(b'x'))
  print(h.hexdigest())
S=_blake2.blake2s
for kw in [dict(node_depth=1), dict(node_depth=127), dict(node_depth=128), dict(node_depth=255), dict(inner_size=9), dict(inner_size=31),dict(inner_size=32),
           dict(leaf_size=12345), dict(leaf_size=2**31), dict(leaf_size=2**32-1), dict(node_offset=2**40), dict(node_offset=2**47), dict(node_offset=2**48-1),
           dict(fanout=255), dict(depth=255), dict(leaf_size=2**24)]:
    print(kw, S(b'abc', **kw).hexdigest()[:16])
