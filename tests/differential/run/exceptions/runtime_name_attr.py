# NameError.name and AttributeError.name/obj as the runtime fills them in, across many lookup paths.
import sys

def attr(label, f):
    try:
        f()
        print(label, 'no error')
    except AttributeError as e:
        obj = e.obj
        kind = obj.__name__ if isinstance(obj, type) else type(obj).__name__
        print(label, '|', e, '|', repr(e.name), kind, e.args)

class Plain:
    cls_attr = 1
class Slotted:
    __slots__ = ('s',)
class WithGetattr:
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        raise AttributeError(name)
class WithGetattribute:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
class ExplicitNone:
    def __getattr__(self, name):
        raise AttributeError('explicit', name=None)
class Named:
    def __getattr__(self, name):
        raise AttributeError('named', name='chosen')
class Forward:
    def __getattr__(self, name):
        return getattr(Plain(), 'fwd_' + name)
class Prop:
    @property
    def broken(self):
        return self.missing_inside
    @property
    def readonly(self):
        return 1

p = Plain()
attr('instance', lambda: p.nope)
attr('class', lambda: Plain.nope)
attr('int', lambda: (5).nope)
attr('str method', lambda: 'abc'.nope)
attr('module', lambda: sys.nope)
attr('builtin type', lambda: int.nope)
attr('none', lambda: None.nope)
attr('slot unset', lambda: Slotted().s)
attr('slot set missing', lambda: setattr(Slotted(), 'other', 1))
attr('getattr raises', lambda: WithGetattr().other)
attr('getattr name None', lambda: ExplicitNone().a)
attr('getattr named', lambda: Named().b)
attr('getattr forwards', lambda: Forward().c)
attr('getattribute', lambda: WithGetattribute().nope)
attr('inside property', lambda: Prop().broken)
attr('set readonly property', lambda: setattr(Prop(), 'readonly', 2))
attr('del readonly property', lambda: delattr(Prop(), 'readonly'))
attr('del missing', lambda: delattr(Plain(), 'never'))
attr('del class attr on instance', lambda: delattr(p, 'cls_attr'))
attr('getattr builtin', lambda: getattr(p, 'via_getattr'))
attr('method on list', lambda: [].push(1))
attr('set on int', lambda: setattr(1, 'x', 1))
attr('set on object', lambda: setattr(object(), 'x', 1))
attr('super', lambda: super(Plain, p).nope)
attr('function', lambda: len.nope)
attr('dunder', lambda: p.__nope__)
attr('private', lambda: p._Plain__hidden)
print(hasattr(p, 'nope'), getattr(p, 'nope', 'default'))

def name(label, f):
    try:
        f()
        print(label, 'no error')
    except NameError as e:
        print(label, '|', type(e).__name__, '|', e, '|', repr(e.name), e.args)

name('global', lambda: undefined_global)
name('builtin-like', lambda: lenn)
def unbound():
    if False:
        x = 1
    return x
name('unbound local', unbound)
def free():
    def inner():
        return y
    r = inner()
    y = 1
    return r
name('free variable', free)
def deleted():
    z = 1
    del z
    return z
name('after del', deleted)
name('del global', lambda: exec('del not_there_at_all'))
name('exec global', lambda: exec('missing_in_exec'))
name('eval', lambda: eval('also_missing'))
name('class body', lambda: exec('class K:\n    v = class_level_missing\n'))
def del_unbound():
    if False:
        w = 1
    del w
name('del unbound local', del_unbound)
class Outer:
    hidden = 1
    def method(self):
        return hidden
name('class scope not visible', lambda: Outer().method())
try:
    undefined_at_module
except NameError as e:
    e.name = 'changed'
    print('writable', e.name, str(e))
print(Plain().__dict__.get('nope', 'dict miss'))
Plain().still_missing
