"""Dumps what CPython 3.11 compiles, for the compiler's differential tests.

Reads a JSON list from stdin; each item is {"path": FILE} or
{"source": TEXT, "filename": NAME, "mode": "exec"|"eval"|"single"}.
Writes a JSON list: per item either {"error": [class, msg, lineno, offset,
end_lineno, end_offset]} or {"codes": [...]}, one entry per code object in
depth-first order of co_consts, with the fields the tests compare.
"""
import json
import sys
import types

# Ember has no PRECALL or EXTENDED_ARG and one opcode per jump kind.
SKIPPED_OPS = {"CACHE", "PRECALL", "EXTENDED_ARG"}
RENAMED_OPS = {
    "JUMP_FORWARD": "JUMP",
    "JUMP_BACKWARD_NO_INTERRUPT": "JUMP",
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
}

POSITION_OPS = {"CALL", "LOAD_ATTR", "LOAD_METHOD", "BINARY_SUBSCR", "BINARY_OP", "STORE_ATTR"}


def const_repr(c):
    if isinstance(c, types.CodeType):
        return "<code %s>" % c.co_name
    if isinstance(c, tuple):
        return "(" + ", ".join(const_repr(x) for x in c) + ("," if len(c) == 1 else "") + ")"
    if isinstance(c, frozenset):
        return "frozenset(%d)" % len(c)
    if isinstance(c, str):
        try:
            c.encode("utf-8")
        except UnicodeEncodeError:
            return "<surrogates>"
    return repr(c)


def dump(code, out):
    import dis
    positions = []
    ops = []
    for ins, pos in zip(dis.get_instructions(code, show_caches=True), code.co_positions()):
        if ins.opname in POSITION_OPS:
            positions.append([ins.opname] + [-1 if p is None else p for p in pos])
        if ins.opname not in SKIPPED_OPS:
            ops.append(RENAMED_OPS.get(ins.opname, ins.opname))
    out.append({
        "qualname": code.co_qualname,
        "firstlineno": code.co_firstlineno,
        "argcount": code.co_argcount,
        "posonlyargcount": code.co_posonlyargcount,
        "kwonlyargcount": code.co_kwonlyargcount,
        "flags": code.co_flags,
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "names": list(code.co_names),
        "consts": [const_repr(c) for c in code.co_consts],
        "positions": positions,
        "ops": ops,
    })
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, out)


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8-sig") as f:
            items = json.load(f)
    else:
        items = json.load(sys.stdin)
    results = []
    for item in items:
        try:
            if "path" in item:
                with open(item["path"], "rb") as f:
                    source = f.read()
                code = compile(source, item["path"], "exec", dont_inherit=True)
            else:
                code = compile(item["source"], item.get("filename", "<snippet>"), item.get("mode", "exec"),
                               dont_inherit=True, optimize=int(item.get("optimize", "0")))
        except SyntaxError as e:
            results.append({"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
            continue
        except (ValueError, RecursionError, MemoryError, OverflowError) as e:
            results.append({"error": [type(e).__name__, str(e), None, None, None, None]})
            continue
        out = []
        dump(code, out)
        results.append({"codes": out})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
