"""re over generated text: search, findall, sub with groups, split and match on lines (the stdlib's re)."""
import re


def text(n):
    lines = []
    for i in range(n):
        lines.append(f"{i:06d} user{i % 97}@host{i % 13}.example.org GET /path/{i % 31}/item?id={i * 7} "
                     f"HTTP/1.1 {200 + (i % 5) * 100} {i * 37 % 10000}B")
    return "\n".join(lines)


EMAIL = re.compile(r"(\w+)@(\w+)\.example\.org")
REQUEST = re.compile(r"^(\d+) \S+ (GET|POST) (/\S+) HTTP/1\.1 (\d{3}) (\d+)B$", re.M)
NUMBER = re.compile(r"\d+")


def main():
    t = text(20000)
    total = 0
    for r in range(3):
        total += len(EMAIL.findall(t))
        total += sum(int(m.group(5)) for m in REQUEST.finditer(t) if m.group(4) == "200")
        total += len(EMAIL.sub(r"\2:\1", t))
        total += len(NUMBER.split(t[:200000]))
        total += sum(1 for line in t.splitlines() if re.match(r"\d+ user1\d@", line))
    return total


print(main())
