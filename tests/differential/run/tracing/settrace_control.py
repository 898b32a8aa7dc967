# How trace functions steer tracing: local functions, None results, f_trace_lines,
# f_trace_opcodes, errors in the trace function, re-entrancy, f_locals write-back.
import sys


def work(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


def helper(x):
    y = x * 2
    return y


def show(title, events):
    print(title)
    for e in events:
        print("   ", *e)


# A global function that returns None for 'call': only calls are seen.
events = []
def calls_only(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None
sys.settrace(calls_only)
work(2)
sys.settrace(None)
show("calls only", events)

# A separate local trace function.
events = []
def local(frame, event, arg):
    events.append(("local", event, frame.f_code.co_name, frame.f_lineno))
    return local
def global_(frame, event, arg):
    events.append(("global", event, frame.f_code.co_name, frame.f_lineno))
    return local if frame.f_code.co_name == "helper" else None
sys.settrace(global_)
work(2)
sys.settrace(None)
show("local for helper only", events)

# A local function that stops after the first line by returning None: f_trace stays.
events = []
def first_line_only(frame, event, arg):
    events.append(("once", event, frame.f_code.co_name, frame.f_lineno))
    return None
def start(frame, event, arg):
    events.append(("start", event, frame.f_code.co_name, frame.f_lineno))
    return first_line_only
sys.settrace(start)
helper(1)
sys.settrace(None)
show("local returning None", events)

# f_trace_lines = False: no 'line' events, 'return' still comes.
events = []
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    return no_lines
sys.settrace(no_lines)
work(2)
sys.settrace(None)
show("f_trace_lines False", events)

# f_trace_opcodes = True: 'opcode' events (counted, offsets are the runtime's own).
counts = {}
def opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    counts[event] = counts.get(event, 0) + 1
    return opcodes
sys.settrace(opcodes)
helper(3)
sys.settrace(None)
print("opcode events present:", counts.get("opcode", 0) > 0, sorted(counts))
print("line events:", counts["line"], "call:", counts["call"], "return:", counts["return"])

# Opcode events only, no lines.
counts = {}
def opcodes_no_lines(frame, event, arg):
    frame.f_trace_opcodes = True
    frame.f_trace_lines = False
    counts[event] = counts.get(event, 0) + 1
    return opcodes_no_lines
sys.settrace(opcodes_no_lines)
helper(3)
sys.settrace(None)
print("no lines:", sorted(counts), counts.get("line", 0))

# A trace function that raises: the error propagates and tracing is switched off.
events = []
def raising(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    if event == "line" and frame.f_lineno == 15:
        raise RuntimeError("from the tracer")
    return raising
sys.settrace(raising)
try:
    helper(5)
except RuntimeError as e:
    print("caught", type(e).__name__, e)
print("gettrace after error:", sys.gettrace())
show("raising tracer", events)

# The error of a trace function can be caught inside the traced frame.
events = []
def raise_on_line(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "protected" and frame.f_lineno == protected.__code__.co_firstlineno + 2:
        raise ValueError("tracer")
    return raise_on_line
def protected():
    try:
        x = 1
        return "not reached"
    except ValueError as e:
        return "handled " + str(e)
sys.settrace(raise_on_line)
print(protected())
print("gettrace:", sys.gettrace())

# sys.gettrace() inside the trace function is the trace function; nothing is traced meanwhile.
seen = []
def inner_probe(frame, event, arg):
    seen.append((event, sys.gettrace() is inner_probe))
    helper(0)  # not traced: tracing is not reentrant
    return None
sys.settrace(inner_probe)
helper(1)
sys.settrace(None)
print("gettrace inside:", seen)

# A trace function may switch tracing off from inside.
events = []
def self_disabling(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    if event == "line":
        sys.settrace(None)
    return self_disabling
sys.settrace(self_disabling)
work(1)
print("after self-disable:", sys.gettrace())
show("self disabling (the frame keeps its f_trace)", events)

# Writes to frame.f_locals from a trace function reach the frame (3.11's LocalsToFast).
def changes_y(frame, event, arg):
    if frame.f_code.co_name == "helper" and event == "line" and frame.f_lineno == 15:
        frame.f_locals["y"] = 1000
    return changes_y
sys.settrace(changes_y)
print("helper(1) with y changed:", helper(1))
sys.settrace(None)

# Tracing the current frame by setting its f_trace.
events = []
def here(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - base))
    return here
def traced_here():
    sys._getframe().f_trace = here
    sys.settrace(here)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
base = traced_here.__code__.co_firstlineno
traced_here()
show("f_trace set on the running frame", events)

# sys.call_tracing runs a function with tracing allowed inside a trace function.
events = []
def outer_tracer(frame, event, arg):
    if frame.f_code.co_name == "helper" and event == "call":
        sys.call_tracing(work, (1,))
    events.append((event, frame.f_code.co_name))
    return outer_tracer
sys.settrace(outer_tracer)
helper(2)
sys.settrace(None)
show("call_tracing", events)

# A callable object as trace function; a non-callable one fails at the first event.
class Tracer:
    def __init__(self):
        self.n = 0
    def __call__(self, frame, event, arg):
        self.n += 1
        return self
t = Tracer()
sys.settrace(t)
helper(1)
sys.settrace(None)
print("callable object events:", t.n)
print("gettrace is None:", sys.gettrace() is None)

# call_tracing from a profile function.
log = []
def prof(frame, event, arg):
    log.append((event, frame.f_code.co_name if event in ('call', 'return') else arg.__name__))
    if event == "call" and frame.f_code.co_name == "helper":
        print("call_tracing result:", sys.call_tracing(work, (2,)))
sys.setprofile(prof)
helper(2)
sys.setprofile(None)
print(log)
