# _locale: setlocale, localeconv, nl_langinfo, strcoll/strxfrm, getencoding, gettext, and their errors.
import _locale as L

print(sorted(n for n in dir(L) if not n.startswith('__')))
print(L.Error.__module__, L.Error.__name__, L.Error.__mro__[1:])
for n in dir(L):
    v = getattr(L, n)
    if isinstance(v, int):
        print(n, v, end='; ')
print()

def t(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)

t('query all', L.setlocale, L.LC_ALL)
t('encoding', L.getencoding)
for cat in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'):
    t('query ' + cat, L.setlocale, getattr(L, cat))
t('set C numeric', L.setlocale, L.LC_NUMERIC, 'C')
t('set POSIX time', L.setlocale, L.LC_TIME, 'POSIX')
t('set none', L.setlocale, L.LC_TIME, None)
t('set bad', L.setlocale, L.LC_NUMERIC, 'xx_YY.nothing')
t('bad category query', L.setlocale, 99)
t('bad category set', L.setlocale, 99, 'C')
t('category str', L.setlocale, 'x')
t('category float', L.setlocale, 1.0)
t('locale int', L.setlocale, 1, 2)
t('locale nul', L.setlocale, 1, 'C\0')
t('no args', L.setlocale)
t('kw', lambda: L.setlocale(category=1))
conv = L.localeconv()
print(list(conv.keys()))
print(sorted(conv.items()))
t('localeconv arg', L.localeconv, 1)
for name in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'DAY_1', 'DAY_7', 'ABDAY_1', 'MON_1', 'MON_12', 'ABMON_12',
             'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ERA_D_FMT', 'ALT_DIGITS', 'ERA_D_T_FMT', 'ERA_T_FMT', '_DATE_FMT']:
    t(name, L.nl_langinfo, getattr(L, name))
t('langinfo bad', L.nl_langinfo, 12345)
t('langinfo str', L.nl_langinfo, 'x')
t('langinfo none', L.nl_langinfo)
t('strcoll', lambda: [(L.strcoll(a, b) > 0) - (L.strcoll(a, b) < 0) for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('', 'a'), ('abc', 'abd'), ('Z', 'a')]])
t('strcoll sign', lambda: (L.strcoll('é', 'z') > 0, L.strcoll('😀', 'a') > 0))
t('strxfrm', lambda: [L.strxfrm(s) for s in ['', 'abc', 'é😀']])
t('strcoll int', L.strcoll, 1, 'a')
t('strcoll int 2', L.strcoll, 'a', 1)
t('strcoll nul', L.strcoll, 'a\0', 'b')
t('strcoll one', L.strcoll, 'a')
t('strxfrm int', L.strxfrm, 1)
t('strxfrm nul', L.strxfrm, 'a\0b')
t('gettext', L.gettext, 'hello')
t('dgettext', L.dgettext, None, 'hi')
t('dcgettext', L.dcgettext, 'd', 'hi', L.LC_MESSAGES)
t('textdomain', L.textdomain, None)
t('bindtextdomain', L.bindtextdomain, 'ember_test_domain', None)
t('bind codeset', L.bind_textdomain_codeset, 'ember_test_domain', None)
t('gettext int', L.gettext, 1)
t('dgettext int', L.dgettext, 1, 'x')
t('dcgettext cat', L.dcgettext, None, 'x', 'y')
t('textdomain int', L.textdomain, 1)
t('bindtextdomain int', L.bindtextdomain, 'x', 1)
t('bind codeset int', L.bind_textdomain_codeset, 'x', 1)
t('getencoding arg', L.getencoding, 1)
try:
    L.setlocale(L.LC_ALL, 'no_such_locale')
except L.Error as e:
    print('caught locale.Error', e.args)
