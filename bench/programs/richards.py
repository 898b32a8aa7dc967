"""OO scheduler (Richards-style): tasks, packets and a scheduler with method calls and attribute traffic."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, running):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None and not running
        self.held = False
        self.suspended = not running and queue is None
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and not (self.suspended or (self.waiting and self.queue is None))

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        if self.queue is None:
            self.suspended = False
        return packet

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.suspended = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None, True)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, False)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        return self.scheduler.queue(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, False)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.count
            if count < BUFFER_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.count = work.data[count]
                    work.count = count + 1
                    return self.scheduler.queue(device)
            else:
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, False)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            task = self.current
            if task.runnable():
                packet = task.take_packet() if task.waiting and task.queue is not None else None
                self.current = task.run(packet)
            else:
                self.current = task.link

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    wq = Packet(None, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wq)
    wq = Packet(None, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wq)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


total = (0, 0)
for _ in range(10):
    q, h = run_once(10000)
    total = (total[0] + q, total[1] + h)
print(*total)
