# _collections.deque iterators: forward/reverse, length hints, mutation during iteration and during searches.
from _collections import deque, _deque_iterator, _deque_reverse_iterator
import _operator

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque(range(5))
it = iter(d)
print(type(it).__name__, type(it) is _deque_iterator, next(it), next(it), _operator.length_hint(it), list(it), list(it))
rit = reversed(d)
print(type(rit).__name__, type(rit) is _deque_reverse_iterator, next(rit), _operator.length_hint(rit), list(rit))
print(list(deque()), list(reversed(deque())), [x * 2 for x in deque([1, 2, 3])], sorted(deque([3, 1, 2])), sum(deque([1, 2])))

def mutate_during(action):
    q = deque([1, 2, 3])
    seen = []
    try:
        for x in q:
            seen.append(x)
            action(q)
    except RuntimeError as e:
        print('RuntimeError', e, seen, q)
    else:
        print('no error', seen, q)

mutate_during(lambda q: q.append(9))
mutate_during(lambda q: q.appendleft(9))
mutate_during(lambda q: q.pop())
mutate_during(lambda q: q.popleft())
mutate_during(lambda q: q.rotate(1))
mutate_during(lambda q: q.clear())
mutate_during(lambda q: q.extend([]))
mutate_during(lambda q: q.__setitem__(0, 'set'))
mutate_during(lambda q: q.count(1))

q = deque([1, 2])
it = iter(q)
next(it)
q.append(3)
show('next after append', lambda: next(it))
show('next again', lambda: next(it))
q = deque([1, 2])
rit = reversed(q)
q.appendleft(0)
show('reverse after change', lambda: next(rit))

class Evil:
    def __init__(self, q):
        self.q = q
    def __eq__(self, other):
        self.q.append('boom')
        return False

q = deque([1, 2, 3])
q.appendleft(Evil(q))
show('count mutated', lambda: q.count(5))
q = deque([1, 2, 3]); q.appendleft(Evil(q))
show('index mutated', lambda: q.index(5))
q = deque([1, 2, 3]); q.appendleft(Evil(q))
show('contains mutated', lambda: 5 in q)
q = deque([1, 2, 3]); q.appendleft(Evil(q))
show('remove mutated', lambda: q.remove(5))

class Boom:
    def __eq__(self, other):
        raise ValueError('eq failed')

show('count raises', lambda: deque([Boom()]).count(1))
show('remove raises', lambda: deque([Boom()]).remove(1))
show('compare raises', lambda: deque([Boom()]) == deque([1]))
print(deque(x for x in range(3)), deque(iter(deque([5, 6]))), deque(reversed(deque('ab'))))
show('iter type call', lambda: _deque_iterator())
