# add_note and __notes__: argument errors, replacing the list, and how notes print in tracebacks.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

e = ValueError("v")
show("no notes", lambda: hasattr(e, "__notes__"))
show("add str", lambda: e.add_note("first"))
show("notes", lambda: e.__notes__)
show("add int", lambda: e.add_note(1))
show("add None", lambda: e.add_note(None))
show("add bytes", lambda: e.add_note(b"b"))
show("add none", lambda: e.add_note())
show("add two", lambda: e.add_note("a", "b"))
show("add kw", lambda: e.add_note(note="x"))
class S(str):
    pass
show("add str subclass", lambda: (e.add_note(S("sub")), type(e.__notes__[-1]).__name__))
e.__notes__ = ("tuple",)
show("add to tuple", lambda: e.add_note("x"))
e.__notes__ = "string"
show("add to str", lambda: e.add_note("x"))
del e.__notes__
show("add after del", lambda: (e.add_note("again"), e.__notes__))
lst = ["shared"]
e.__notes__ = lst
e.add_note("appended")
show("same list", lambda: (e.__notes__ is lst, lst))
show("del notes", lambda: (delattr(e, "__notes__"), hasattr(e, "__notes__")))
show("del again", lambda: delattr(e, "__notes__"))
show("group add", lambda: (lambda g: (g.add_note("gn"), g.__notes__))(ExceptionGroup("g", [ValueError()])))

import sys
def report(exc):
    sys.excepthook(type(exc), exc, exc.__traceback__)

def raise_with_notes(notes):
    try:
        err = KeyError("key")
        if isinstance(notes, list):
            for n in notes:
                err.add_note(n)
        else:
            err.__notes__ = notes
        raise err
    except KeyError as caught:
        return caught

report(raise_with_notes(["one", "two\nlines"]))
report(raise_with_notes(("tuple note",)))
report(raise_with_notes("not a sequence"))
report(raise_with_notes((1, None)))
report(raise_with_notes([]))
class BadStr:
    def __str__(self):
        raise ValueError("no str")
report(raise_with_notes([BadStr()]))
class BadNotes:
    def __iter__(self):
        raise RuntimeError("no iter")
    def __len__(self):
        return 1
report(raise_with_notes(BadNotes()))
g = ExceptionGroup("grp", [ValueError("inner")])
g.add_note("group note")
g.exceptions[0].add_note("inner note")
try:
    raise g
except ExceptionGroup as caught:
    report(caught)
sys.stderr = sys.__stderr__
err = ValueError("final")
err.add_note("printed at exit")
raise err
