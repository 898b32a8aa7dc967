# 3.11's limit on int <-> decimal str conversions: messages, sys.set_int_max_str_digits, exempt bases.
import sys


def show(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, str) or len(r) < 60 else f'<str of {len(r)}>')
    except Exception as e:
        print(label, '!', type(e).__name__, e)


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
show('str(10 ** 5000)', lambda: str(big))
show('repr(10 ** 5000)', lambda: repr(big))
show('f"{10 ** 5000}"', lambda: f'{big}')
show('format(10 ** 5000, "d")', lambda: format(big, 'd'))
show('format(10 ** 5000, ",")', lambda: format(big, ','))
show('"%d" % 10 ** 5000', lambda: '%d' % big)
show('hex(10 ** 5000)[:10]', lambda: hex(big)[:10])
show('len(bin(10 ** 5000))', lambda: len(bin(big)))
show('len(oct(10 ** 5000))', lambda: len(oct(big)))
show('len(format(10 ** 5000, "x"))', lambda: len(format(big, 'x')))
show('int("1" * 4300)', lambda: int('1' * 4300) > 0)
show('int("1" * 4301)', lambda: int('1' * 4301))
show('int("-" + "1" * 4301)', lambda: int('-' + '1' * 4301))
show('int("1" * 5000, 16) > 0', lambda: int('1' * 5000, 16) > 0)
show('int("1" * 5000, 2) > 0', lambda: int('1' * 5000, 2) > 0)
show('int("1" * 5000, 8) > 0', lambda: int('1' * 5000, 8) > 0)
show('int("1" * 5000, 36)', lambda: int('1' * 5000, 36))
show('int("1" * 5000, 3)', lambda: int('1' * 5000, 3))
show('int("0" * 5000)', lambda: int('0' * 5000))
show('int("1_" * 3000 + "1")', lambda: int('1_' * 3000 + '1') > 0)
show('len(str(10 ** 4299))', lambda: len(str(10 ** 4299)))
show('str(10 ** 4300)', lambda: str(10 ** 4300))
show('str(-(10 ** 4299))[:3]', lambda: str(-(10 ** 4299))[:3])

show('sys.set_int_max_str_digits(100)', lambda: sys.set_int_max_str_digits(100))
show('sys.set_int_max_str_digits(639)', lambda: sys.set_int_max_str_digits(639))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
show('str(10 ** 639)', lambda: str(10 ** 639))
show('str(10 ** 638)', lambda: str(10 ** 638))
show('int("9" * 640)', lambda: int('9' * 640))
show('int("9" * 639) > 0', lambda: int('9' * 639) > 0)
show('sys.set_int_max_str_digits(0)', lambda: sys.set_int_max_str_digits(0))
show('len(str(10 ** 5000))', lambda: len(str(big)))
show('int("7" * 6000) % 10', lambda: int('7' * 6000) % 10)
show('sys.set_int_max_str_digits(-1)', lambda: sys.set_int_max_str_digits(-1))
show('sys.set_int_max_str_digits("5")', lambda: sys.set_int_max_str_digits('5'))
show('sys.set_int_max_str_digits(maxdigits=5000)', lambda: sys.set_int_max_str_digits(maxdigits=5000))
print(sys.get_int_max_str_digits())
show('str(10 ** 5000)', lambda: str(big))
show('str(10 ** 4999)', lambda: str(10 ** 4999))
sys.set_int_max_str_digits(4300)
show('str(10 ** 5000)', lambda: str(big))
