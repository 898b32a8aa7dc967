# The subclass registry keeps live classes in creation order however many
# classes come and go; dead ones leave __subclasses__ after a collection.
import gc


class Base:
    pass


kept = []
for i in range(3000):
    cls = type('C%d' % i, (Base,), {})
    if i % 500 == 0:
        kept.append(cls)
del cls
gc.collect()
names = [c.__name__ for c in Base.__subclasses__()]
print(names)


def make():
    return [type('T%d' % i, (Base,), {}) for i in range(40)]


for round_ in range(5):
    batch = make()
    print(round_, len(Base.__subclasses__()), [c.__name__ for c in Base.__subclasses__()][-2:])
    del batch
    gc.collect()
    print(round_, len(Base.__subclasses__()))

Base.attr = 1
print(all(c.attr == 1 for c in kept))
Base.attr = 2
print([c.attr for c in kept])
