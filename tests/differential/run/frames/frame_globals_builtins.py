import sys
import builtins

f = sys._getframe()
print(f.f_globals is globals(), f.f_builtins is builtins.__dict__)
print(type(f).__name__, type(f.f_code).__name__)

def func():
    return sys._getframe()
fr = func()
print(fr.f_globals is globals(), fr.f_builtins is builtins.__dict__)
print(fr.f_code is func.__code__)

# exec with custom globals: the frame sees them
ns = {'value': 41}
code = 'import sys\nframe_globals = sys._getframe().f_globals\nlocals_same = sys._getframe().f_locals is frame_globals\n'
exec(code, ns)
print(ns['frame_globals'] is ns, ns['locals_same'])
loc = {}
exec('import sys\nf = sys._getframe()\n', ns, loc)
print(loc['f'].f_locals is loc, loc['f'].f_globals is ns)
print('__builtins__' in ns)

# builtins of an exec'd frame follow the __builtins__ key
custom = {'__builtins__': {'len': lambda x: 'fake len'}}
exec('result = len([1, 2])', custom)
print(custom['result'])
try:
    exec('print(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)

# globals of a function are its module's dict
def uses_global():
    return sys._getframe().f_globals['__name__']
print(uses_global())
print(f.f_globals['__name__'], fr.f_code.co_filename.endswith('frame_globals_builtins.py'))

# eval frames
e = eval('__import__("sys")._getframe()', {'marker': 1})
print(e.f_globals['marker'], e.f_code.co_name)

# attributes are read-only
for attr in ['f_globals', 'f_builtins', 'f_code', 'f_back', 'f_locals']:
    try:
        setattr(fr, attr, {})
    except AttributeError as err:
        print('AttributeError', err)
print(fr.f_trace)
fr.f_trace = None
print(fr.f_trace_lines, fr.f_trace_opcodes)
try:
    fr.f_trace_lines = 1
except TypeError as err:
    print('TypeError', err)
