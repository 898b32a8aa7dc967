# Descriptor precedence: data descriptors beat the instance dict, which beats non-data descriptors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class NonData:
    def __get__(self, obj, objtype=None):
        return ('nondata', None if obj is None else type(obj).__name__, objtype.__name__)

class Data:
    def __get__(self, obj, objtype=None):
        return ('data', None if obj is None else type(obj).__name__)
    def __set__(self, obj, value):
        obj.__dict__['data_store'] = value

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['setonly'] = ('stored', value)

class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return 'deleteonly get'
    def __delete__(self, obj):
        print('deleteonly delete on', type(obj).__name__)

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()

c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance wins over non-data'
print(c.nd)
del c.__dict__['nd']
print(c.nd)

print(c.d, C.d)
c.__dict__['d'] = 'instance loses to data'
print(c.d)
c.d = 42
print(c.__dict__['data_store'], c.d)
show(lambda: delattr(c, 'd'))

# a descriptor with only __set__ is still a data descriptor; reading it returns the descriptor object
print(type(c.so).__name__)
c.so = 1
print(c.__dict__['setonly'], type(c.so).__name__)

# __delete__ without __set__ also makes a data descriptor
c.__dict__['do'] = 'shadow?'
print(c.do)
del c.do
show(lambda: setattr(c, 'do', 5))

# non-data descriptors: assignment goes to the instance dict
c.nd = 'assigned'
print(c.nd, c.__dict__['nd'])

# class attribute lookup through the metaclass: data descriptors on the metaclass win
class MetaData:
    def __get__(self, obj, objtype=None):
        return 'meta data descriptor'
    def __set__(self, obj, value):
        pass
class Meta(type):
    attr = MetaData()
    other = 'meta plain'
class K(metaclass=Meta):
    attr = 'class attr'
    other = 'class plain'
print(K.attr, K.other, K().attr)

# a descriptor found on the class dict of the metaclass vs the class: non-data
class MetaNonData:
    def __get__(self, obj, objtype=None):
        return 'meta nondata'
class Meta2(type):
    x = MetaNonData()
    y = MetaNonData()
class K2(metaclass=Meta2):
    x = 'class x'
print(K2.x, K2.y)

# descriptors on instances are not invoked
c.__dict__['inst'] = NonData()
print(type(c.inst).__name__)

# __get__ defined on the instance (not the type) does not count
class Fake:
    pass
f = Fake()
f.__get__ = lambda *a: 'never'
class Holder:
    attr = f
print(type(Holder().attr).__name__)

# precedence with inheritance: a subclass's plain attribute shadows a base's data descriptor
class Base:
    d = Data()
class Sub(Base):
    d = 'plain in subclass'
s = Sub()
print(s.d)
s.d = 'now in instance'
print(s.d, s.__dict__)

# functions are non-data descriptors
class F:
    def method(self):
        return 'method'
obj = F()
print(obj.method())
obj.method = lambda: 'instance callable'
print(obj.method())
del obj.method
print(obj.method())

# __set__ raising
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 'ro'
    def __set__(self, obj, value):
        raise AttributeError('read-only descriptor')
class R:
    x = ReadOnly()
show(lambda: setattr(R(), 'x', 1))
show(lambda: delattr(R(), 'x'))
