import time

for secs in [0, 1, 86399.999, -1, -86401.5, 951782400, 2**31, 4102444800, 1e10, 253402300799]:
    t = time.gmtime(secs)
    print(secs, t, t.tm_zone, t.tm_gmtoff)
t = time.gmtime(1234567890)
print(len(t), t[0], t[-1], t[:3], list(t), tuple(t) == t, type(t).__name__, type(t).__module__)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(type(t).n_fields, type(t).n_sequence_fields, type(t).n_unnamed_fields)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, 'XYZ', 3600))
print(s.tm_zone, s.tm_gmtoff, s == (2020, 2, 29, 12, 30, 45, 5, 60, 0))
for bad in [(1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
print(isinstance(t, tuple), time.struct_time.__name__)
for bad in [float('nan'), 'x', 1e300, 2**70]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print("TypeError", e)
print(time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
print(time.asctime(time.gmtime(0)))
print(time.asctime((2021, 0, 0, 5, 6, 7, 6, 0, 0)))
for bad in [(2021, 13, 1, 0, 0, 0, 0, 1, 0), (2021, 1, 32, 0, 0, 0, 0, 1, 0), (2021, 1, 1, 24, 0, 0, 0, 1, 0),
            (2021, 1, 1, 0, 60, 0, 0, 1, 0), (2021, 1, 1, 0, 0, 62, 0, 1, 0), (2021, 1, 1, 0, 0, 0, -3, 1, 0),
            (2021, 1, 1, 0, 0, 0, 0, 367, 0), (2021, 1, 1), 'x', (2021, 1, 1, 0, 0, 0, 0, 1, 'a'), (2021, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.asctime(bad))
    except Exception as e:
        print(type(e).__name__, e)
