# types.GenericAlias from subscripting the builtin containers
GenericAlias = type(list[int])

a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[float], type[int] if False else "skip")
print(a.__origin__, a.__args__, a.__parameters__, type(a) is GenericAlias, GenericAlias)
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(list[int]) == hash(list[int]))
print(a(), a([1, 2]), a.__mro_entries__((a,)))
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(GenericAlias(list, (int,)), GenericAlias(dict, int), repr(list[type(GenericAlias)]))
