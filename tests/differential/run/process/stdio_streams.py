# sys.stdin/stdout/stderr as io objects over file descriptors 0-2, mixed with os.write.
import os
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(type(s).__name__, s.name, s.mode, s.encoding, s.fileno(), s.closed, s.newlines, s.isatty())
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.raw.name, type(sys.stdin.buffer.raw).__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(sys.stdout)[:40], sys.stdout.buffer.raw.closefd)
print(sys.stderr.errors, sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())

sys.stdout.write("text then bytes\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
os.write(1, b"os.write\n")
print("after os.write", flush=True)
print("to stderr", file=sys.stderr)
sys.stderr.buffer.write("\u00e9 via buffer\n".encode())
sys.stderr.flush()
print("lone surrogate: \udcff", file=sys.stderr)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
print("end without newline", end="")
