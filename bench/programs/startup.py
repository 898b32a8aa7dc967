"""Start-up: an empty program (the time is the interpreter's start and exit)."""
print("ok")
