"""json round trips: dumps and loads of nested documents (the stdlib's json module)."""
import json


def document(i):
    return {
        "id": i,
        "name": f"item-{i}",
        "tags": ["t%d" % (i % 7), "u%d" % (i % 11)],
        "price": i * 1.25,
        "active": i % 3 == 0,
        "parent": None if i % 5 else {"id": i // 5, "path": ["a", "b", str(i)]},
        "text": "caf\u00e9 \"quoted\" \\ line\nbreak",
    }


def main():
    docs = [document(i) for i in range(2000)]
    total = 0
    for r in range(10):
        text = json.dumps(docs, sort_keys=(r % 2 == 0))
        back = json.loads(text)
        total += len(text) + sum(d["id"] for d in back)
        total += len(json.dumps(back[r], indent=2))
    return total


print(main())
