"""Start-up with imports: json, re and collections, as many programs begin."""
import collections
import json
import re

print(len(json.dumps({"a": [1, 2]})) + len(re.findall(r"\d", "a1b2")) + len(collections.Counter("abca")))
