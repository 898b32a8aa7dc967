import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def origin():
    raise ValueError('origin')

def bare_reraise():
    try:
        origin()
    except ValueError:
        raise

def named_reraise():
    try:
        origin()
    except ValueError as e:
        raise e

def reraise_later():
    try:
        origin()
    except ValueError as e:
        saved = e
    raise saved

def finally_reraise():
    try:
        origin()
    finally:
        print('  finally ran')

def with_new_tb():
    try:
        origin()
    except ValueError as e:
        raise e.with_traceback(None)

for fn in [bare_reraise, named_reraise, reraise_later, finally_reraise, with_new_tb]:
    try:
        fn()
    except ValueError as e:
        print(fn.__name__)
        hook(e)

# raising the same instance twice accumulates traceback entries
shared = KeyError('shared')
def raise_shared():
    raise shared
for _ in range(2):
    try:
        raise_shared()
    except KeyError:
        pass
hook(shared)
print('done')
bare_reraise()
