import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    ns = getattr(time, name + "_ns")
    a = f()
    b = f()
    c = ns()
    print(name, type(a).__name__, type(c).__name__, b >= a, c > 0)
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
prev = time.monotonic_ns()
ok = True
for i in range(1000):
    now = time.monotonic_ns()
    ok = ok and now >= prev
    prev = now
print("monotonic increasing", ok)
start = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(1 / 1000)
print("slept", time.monotonic() - start >= 0.05)
for bad in [-1, -0.5, "x", None, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError", e)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC) > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
# local time round trips whatever the zone
for secs in [0, 86400 * 365, 1234567890, 1700000000]:
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone), type(lt.tm_zone).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
print(time.mktime((2021, 1, 1, 0, 0, 0, 0, 1, 0)) - time.mktime((2020, 12, 31, 0, 0, 0, 0, 366, 0)))
for bad in [(1, 2, 3), "x", (2021, 1, 1, 0, 0, 0, 0, 1, 0.5)]:
    try:
        time.mktime(bad)
    except Exception as e:
        print(type(e).__name__, e)
