"""Big integers: digits of pi by a spigot (multiplication, division, comparison of growing ints)."""


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def factorial_digits(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return sum(int(c) for c in str(f))


d = pi_digits(2500)
print("".join(map(str, d[:20])), sum(d), factorial_digits(1500), (3 ** 20000) % 1000000007)
