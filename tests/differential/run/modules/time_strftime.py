import time

t = (2021, 3, 4, 5, 6, 7, 3, 63, 0)
for d in "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%+":
    if d in "sk+l":
        continue
    print(d, repr(time.strftime("%" + d, t)))
print(repr(time.strftime("%Y-%m-%d %H:%M:%S", (1999, 12, 31, 23, 59, 59, 4, 365, 0))))
print(repr(time.strftime("%j %U %W %V %G %u %w", (2020, 1, 1, 0, 0, 0, 2, 1, 0))))
print(repr(time.strftime("%I %p %l", (2020, 1, 1, 13, 0, 0, 2, 1, 0))))
print(repr(time.strftime("%I %p", (2020, 1, 1, 0, 0, 0, 2, 1, 0))))
print(repr(time.strftime("%Y", (12, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime("%Y", (12345, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime("%Y %C %y", (-5, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime("", t)), repr(time.strftime("plain text", t)), repr(time.strftime("%", t)), repr(time.strftime("%Q", t)))
print(repr(time.strftime("é %Y ü", t)))
print(repr(time.strftime("%Y", (2021, 0, 0, 0, 0, 0, 0, 0, 0))))
print(repr(time.strftime("%z %Z", time.gmtime(0))))
print(repr(time.strftime("%z|%Z", time.struct_time((2021, 3, 4, 5, 6, 7, 3, 63, 0, 'ABC', -3600)))))
print(repr(time.strftime("%Z|%z", (2021, 3, 4, 5, 6, 7, 3, 63, -5))))
print(repr(time.strftime("%c", time.gmtime(10**9))))
for args in [(), (1,), ("%Y", t, 1), ("%Y", (1, 2)), ("%Y", "abc"), ("a\0b", t), ("%Y", (2021, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        time.strftime(*args)
    except Exception as e:
        print(type(e).__name__, e)
