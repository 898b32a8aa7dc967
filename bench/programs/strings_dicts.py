"""Strings and dicts: build text with joins and f-strings, split it, count words in a dict."""


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    parts = []
    for i in range(n):
        w = words[(i * 7 + i // 3) % len(words)]
        parts.append(f"{w}{i % 13} ")
        if i % 17 == 0:
            parts.append(w.upper() + ". ")
    return "".join(parts)


def count(text):
    counts = {}
    for word in text.split():
        word = word.strip(".").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    total = 0
    for r in range(6):
        text = make_text(60000 + r)
        counts = count(text)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        total += sum(v for _, v in top) + len(counts) + len(text)
        total += text.count("eta") + text.find("KAPPA") + len(text.replace("alpha", "a"))
    return total


print(main())
