import _thread

# Many threads mutate shared containers at once; under the interpreter lock
# none of them is ever corrupted, and a lock makes read-modify-write exact.
N = 8
ROUNDS = 3000
lock = _thread.allocate_lock()
all_done = _thread.allocate_lock()
all_done.acquire()
finished = [0]
shared_list = []
shared_dict = {}
shared_set = set()
counter = [0]

def finish():
    with lock:
        finished[0] += 1
        if finished[0] == N:
            all_done.release()

def worker(k):
    for i in range(ROUNDS):
        shared_list.append(i)
        shared_dict[(k, i)] = i
        shared_set.add(k * ROUNDS + i)
        if i % 3 == 0:
            shared_dict.pop((k, i))
        with lock:
            counter[0] += 1
    finish()

for k in range(N):
    _thread.start_new_thread(worker, (k,))
all_done.acquire()
print(len(shared_list), sum(shared_list) == N * sum(range(ROUNDS)))
print(len(shared_dict), len(shared_set), counter[0])
print(sorted(shared_list)[:5], sorted(shared_list)[-3:])
print(all(shared_dict[(k, i)] == i for (k, i) in shared_dict))

# insert/pop at the front while others append
finished[0] = 0
items = list(range(100))
def churn(k):
    for i in range(1000):
        items.insert(0, i)
        items.pop()
        items.append(i)
        del items[0]
    finish()
for k in range(N):
    _thread.start_new_thread(churn, (k,))
all_done.acquire()
print(len(items))

# a lock handed between threads in turn (a token ring)
order = []
locks = [_thread.allocate_lock() for _ in range(4)]
for l in locks:
    l.acquire()
def ring(k):
    for r in range(3):
        locks[k].acquire()
        order.append(k)
        locks[(k + 1) % 4].release()
    if k == 3:
        all_done.release()
for k in range(4):
    _thread.start_new_thread(ring, (k,))
locks[0].release()
all_done.acquire()
locks[0].acquire()
print(order)
