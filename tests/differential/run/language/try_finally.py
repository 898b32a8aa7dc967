def f1():
    try:
        return 'try'
    finally:
        print('finally runs')

print(f1())

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

print(f2())

def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'

print(f3())

def f4():
    try:
        raise ValueError('inner')
    except ValueError as e:
        print('caught', e)
        return 'handled'
    finally:
        print('cleanup')

print(f4())

def f5():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', repr(e))

f5()

def f6():
    try:
        1 / 0
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
    else:
        print('no else')

f6()

def f7():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally after else')

f7()

def f8():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            print('context', repr(e.__context__))
    try:
        raise ValueError('c')
    except ValueError as e:
        err = e
    try:
        e
    except NameError as ne:
        print('NameError', ne)
    print('kept', err)

f8()

def f9():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'

print(f9())

def f10():
    try:
        raise ValueError('first')
    except ValueError:
        raise RuntimeError('second') from None

try:
    f10()
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

def f11():
    try:
        raise
    except RuntimeError as e:
        print('RuntimeError', e)

f11()

try:
    raise 42
except TypeError as e:
    print('TypeError', e)

try:
    raise ValueError from 1
except TypeError as e:
    print('TypeError', e)

try:
    try:
        raise KeyError(1)
    except 42:
        pass
except TypeError as e:
    print('TypeError', e)

class Err(Exception):
    pass

try:
    raise Err
except Err as e:
    print('class raised', type(e).__name__, e.args)
