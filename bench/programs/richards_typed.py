"""OO scheduler, typed: richards.py with annotations on every function, attribute and local (for Static Python)."""
from typing import List, Optional, Tuple

IDLE: int = 0
WORKER: int = 1
HANDLER_A: int = 2
HANDLER_B: int = 3
DEVICE_A: int = 4
DEVICE_B: int = 5
KIND_DEVICE: int = 0
KIND_WORK: int = 1
BUFFER_SIZE: int = 4


class Packet:
    def __init__(self, link: "Optional[Packet]", ident: int, kind: int) -> None:
        self.link: Optional[Packet] = link
        self.ident: int = ident
        self.kind: int = kind
        self.count: int = 0
        self.data: List[int] = [0] * BUFFER_SIZE

    def append_to(self, queue: "Optional[Packet]") -> "Packet":
        self.link = None
        if queue is None:
            return self
        p: Packet = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler: "Scheduler", ident: int, priority: int, queue: Optional[Packet], running: bool) -> None:
        self.scheduler: Scheduler = scheduler
        self.ident: int = ident
        self.priority: int = priority
        self.queue: Optional[Packet] = queue
        self.waiting: bool = queue is not None and not running
        self.held: bool = False
        self.suspended: bool = not running and queue is None
        self.link: Optional[Task] = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self) -> bool:
        return not self.held and not (self.suspended or (self.waiting and self.queue is None))

    def take_packet(self) -> Packet:
        packet: Packet = self.queue
        self.queue = packet.link
        self.waiting = False
        if self.queue is None:
            self.suspended = False
        return packet

    def add_packet(self, packet: Packet, current: "Task") -> "Task":
        if self.queue is None:
            self.queue = packet
            self.suspended = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet: Optional[Packet]) -> "Optional[Task]":
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler: "Scheduler", ident: int, priority: int, count: int) -> None:
        super().__init__(scheduler, ident, priority, None, True)
        self.control: int = 1
        self.count: int = count

    def run(self, packet: Optional[Packet]) -> Optional[Task]:
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler: "Scheduler", ident: int, priority: int, queue: Optional[Packet]) -> None:
        super().__init__(scheduler, ident, priority, queue, False)
        self.destination: int = HANDLER_A
        self.letter: int = 0

    def run(self, packet: Optional[Packet]) -> Optional[Task]:
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
    def __init__(self, scheduler: "Scheduler", ident: int, priority: int, queue: Optional[Packet]) -> None:
        super().__init__(scheduler, ident, priority, queue, False)
        self.work: Optional[Packet] = None
        self.devices: Optional[Packet] = None

    def run(self, packet: Optional[Packet]) -> Optional[Task]:
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work: Packet = self.work
            count: int = work.count
            if count < BUFFER_SIZE:
                if self.devices is not None:
                    device: Packet = self.devices
                    self.devices = device.link
                    device.count = work.data[count]
                    work.count = count + 1
                    return self.scheduler.queue(device)
            else:
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler: "Scheduler", ident: int, priority: int) -> None:
        super().__init__(scheduler, ident, priority, None, False)
        self.pending: Optional[Packet] = None

    def run(self, packet: Optional[Packet]) -> Optional[Task]:
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p: Packet = self.pending
            self.pending = None
            return self.scheduler.queue(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self) -> None:
        self.tasks: Optional[Task] = None
        self.table: List[Optional[Task]] = [None] * 6
        self.current: Optional[Task] = None
        self.queue_count: int = 0
        self.hold_count: int = 0

    def schedule(self) -> None:
        self.current = self.tasks
        while self.current is not None:
            task: Task = self.current
            if task.runnable():
                packet: Optional[Packet] = task.take_packet() if task.waiting and task.queue is not None else None
                self.current = task.run(packet)
            else:
                self.current = task.link

    def release(self, ident: int) -> Task:
        task: Task = self.table[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def hold_self(self) -> Optional[Task]:
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self) -> Task:
        self.current.waiting = True
        return self.current

    def queue(self, packet: Packet) -> Task:
        task: Task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def run_once(count: int) -> Tuple[int, int]:
    s: Scheduler = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq: Packet = Packet(None, 0, KIND_WORK)
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


total: Tuple[int, int] = (0, 0)
for _ in range(10):
    q, h = run_once(10000)
    total = (total[0] + q, total[1] + h)
print(*total)
