import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def catch(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        hook(e)

counter_value = 1
def uses_typo():
    return counter_valeu
catch(uses_typo)

def local_typo():
    number_of_items = 3
    return number_of_itmes
catch(local_typo)

catch(lambda: lenn([]))
catch(lambda: prnt('x'))
catch(lambda: completely_unknown_name)

class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
    def distance(self):
        return 0
p = Point()
catch(lambda: p.horizontl)
catch(lambda: p.distanse())
catch(lambda: p.zzz)
catch(lambda: [].apend(1))
catch(lambda: 'abc'.uper())
catch(lambda: {}.iterkeys())
catch(lambda: Point.distnce)

import sys as system_module
catch(lambda: system_module.getrecursionlimt())

# KeyError and IndexError get no suggestion
catch(lambda: {'alpha': 1}['alpa'])
catch(lambda: [1][3])

# a long name or too different names get none
catch(lambda: p.a_very_long_attribute_name_that_does_not_exist_anywhere_at_all)
def shadow():
    value = 1
    del value
    return value
catch(shadow)

# suggestions in class scope and from builtins with case change
class Scope:
    try:
        Print('x')
    except NameError as e:
        print('class scope', e)
        hook(e)
print('done')
p.verticle
