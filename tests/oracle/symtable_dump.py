"""CPython's symbol tables, dumped in a canonical text form for Ember's symtable tests.

For a source it prints either the table tree that
    symtable.symtable(source_bytes, filename, "exec")
builds, or the error it raises, then a "codes" section taken from
    compile(source_bytes, filename, "exec")
(one line per nested code object: qualname, first line, the co_flags bits the
symbol table decides, cell and free variables), or the error compile raises.
Ember's test project (Symbols/SymtableDump.cs) writes the same text from its
own tables; the format is described in format_table below.

Usage (run with the oracle interpreter, /usr/bin/python3.11: Debian's 3.11.2):
    symtable_dump.py --cache FILE [--root DIR] [--refresh]
        Brings the stdlib cache up to date and prints one summary line. Only
        files whose size or mtime changed (or that are new) are dumped again;
        the whole cache is rebuilt when the Python version or this script
        changes, or with --refresh.
    symtable_dump.py --dump FILE
        Prints the full dump of one file.
    symtable_dump.py --corpus CASES --out EXPECTED
        Regenerates the expected dumps of the snippet corpus (format at the
        top of CASES).
    symtable_dump.py --snippets DIR [--root DIR]
        Extracts source snippets (str constants and doctest examples) from the
        stdlib's test suite and writes them, with their dumps, as a corpus in
        DIR (symtable-snippets.txt, symtable-snippets-expected.txt); kept while
        the test files, the interpreter and this script are unchanged.

The default root is this interpreter's standard library directory.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import sys
import sysconfig
import tempfile
import time
import warnings

import symtable
import _symtable

CACHE_FORMAT = 1

SCOPE_NAMES = {
    0: "NONE",
    _symtable.LOCAL: "LOCAL",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.FREE: "FREE",
    _symtable.CELL: "CELL",
}

# The flag bits below the scope field, in bit order. DEF_COMP_ITER (512) is
# not exported by _symtable in 3.11 but is set in the symbols dict.
FLAG_NAMES = [
    (1, "DEF_GLOBAL"),
    (2, "DEF_LOCAL"),
    (4, "DEF_PARAM"),
    (8, "DEF_NONLOCAL"),
    (16, "USE"),
    (32, "DEF_FREE"),
    (64, "DEF_FREE_CLASS"),
    (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
]

TYPE_NAMES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}

# co_flags bits that come from the symbol table: CO_OPTIMIZED, CO_NEWLOCALS,
# CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE,
# CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR (future-feature bits are left out).
CODE_FLAG_MASK = 0x3BF


def flag_text(value):
    names = [name for bit, name in FLAG_NAMES if value & bit]
    return "|".join(names) if names else "-"


def format_table(table, out, indent=""):
    """Appends one table and its children.

    table <type> <name> lineno=<n> nested=<bool> children=<n>
     varnames: <parameters in order, the implicit .0 included>
     (functions) params/locals/globals/nonlocals/frees: <sorted names>
     sym <name> <raw value> <scope> <flag names>     (symbols sorted by name)
    then each child, indented one more space, in order.
    """
    t = table._table
    type_name = TYPE_NAMES.get(t.type, str(t.type))
    out.append(f"{indent}table {type_name} {t.name} lineno={t.lineno} nested={bool(t.nested)} children={len(t.children)}")
    out.append(f"{indent} varnames: {' '.join(t.varnames)}")
    if isinstance(table, symtable.Function):
        out.append(f"{indent} params: {' '.join(sorted(table.get_parameters()))}")
        out.append(f"{indent} locals: {' '.join(sorted(table.get_locals()))}")
        out.append(f"{indent} globals: {' '.join(sorted(table.get_globals()))}")
        out.append(f"{indent} nonlocals: {' '.join(sorted(table.get_nonlocals()))}")
        out.append(f"{indent} frees: {' '.join(sorted(table.get_frees()))}")
    # Sorted: the order CPython inserts free names from children depends on
    # string hashing, so only the set is meaningful.
    for name in sorted(t.symbols):
        value = t.symbols[name]
        scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flags = value & ((1 << _symtable.SCOPE_OFF) - 1)
        out.append(f"{indent} sym {name} {value} {SCOPE_NAMES.get(scope, str(scope))} {flag_text(flags)}")
    for child in table.get_children():
        format_table(child, out, indent + " ")


def format_error(e):
    if isinstance(e, SyntaxError):
        text = "None" if e.text is None else repr(e.text)
        return (f"error {type(e).__name__}: {e.msg!r} lineno={e.lineno} offset={e.offset} "
                f"text={text} end_lineno={e.end_lineno} end_offset={e.end_offset}")
    return f"error {type(e).__name__}: {str(e)!r}"


def table_dump(source, filename, mode="exec"):
    """The table section: the tree's lines, or one error line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            top = symtable.symtable(source, filename, mode)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            return format_error(e), True
    out = []
    format_table(top, out)
    return "\n".join(out), False


def code_lines(code, out):
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            out.append(
                f"code {const.co_qualname} line={const.co_firstlineno} "
                f"flags=0x{const.co_flags & CODE_FLAG_MASK:03x} "
                f"cells={','.join(sorted(const.co_cellvars))} frees={','.join(sorted(const.co_freevars))}")
            code_lines(const, out)


def codes_dump(source, filename, mode="exec"):
    """The codes section: sorted code lines, or one error line.

    The compiler drops the code objects of some unreachable code, so Ember's
    list may hold more lines; every line here must be in it.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            module = compile(source, filename, mode, dont_inherit=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            return format_error(e), True
    out = []
    code_lines(module, out)
    out.sort()
    return "\n".join(out), False


def full_dump(source, filename, mode="exec"):
    tables, _ = table_dump(source, filename, mode)
    codes, _ = codes_dump(source, filename, mode)
    return f"{tables}\ncodes:\n{codes}" if codes else f"{tables}\ncodes:"


def sha(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def stdlib_root():
    return sysconfig.get_paths()["stdlib"]


def list_files(root):
    """Every *.py file under root (symlinked files included, symlinked dirs not followed), sorted by path."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    found.sort()
    return found


def entry_for(path, st):
    with open(path, "rb") as f:
        source = f.read()
    tables, tables_failed = table_dump(source, path)
    codes, codes_failed = codes_dump(source, path)
    entry = {"mtime_ns": st.st_mtime_ns, "size": st.st_size}
    entry["tables"] = tables if tables_failed else sha(tables)
    entry["codes"] = codes if codes_failed else sha(codes)
    return entry


def script_digest():
    with open(os.path.abspath(__file__), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load_cache(path, header):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    for key, value in header.items():
        if data.get(key) != value:
            return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def update_cache(cache_path, root, refresh):
    """Cache entries hold "tables" and "codes": a SHA-256 of the section, or its error line."""
    started = time.monotonic()
    root = os.path.abspath(root)
    header = {
        "format": CACHE_FORMAT,
        "python": sys.version,
        "script": script_digest(),
        "root": root,
    }
    old = {} if refresh else load_cache(cache_path, header)
    files = {}
    dumped = 0
    errors = 0
    for path in list_files(root):
        st = os.stat(path)
        entry = old.get(path)
        if entry is None or entry.get("mtime_ns") != st.st_mtime_ns or entry.get("size") != st.st_size:
            entry = entry_for(path, st)
            dumped += 1
        if entry["tables"].startswith("error "):
            errors += 1
        files[path] = entry
    if dumped > 0 or len(files) != len(old):
        os.makedirs(os.path.dirname(os.path.abspath(cache_path)), exist_ok=True)
        data = dict(header)
        data["files"] = files
        tmp = cache_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=0, sort_keys=True)
        os.replace(tmp, cache_path)
    elapsed = time.monotonic() - started
    print(f"oracle: {len(files)} files under {root}, {errors} with errors, "
          f"{dumped} dumped now ({elapsed:.1f}s)")


MARKER = "=== "
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FLAGS = {"file", "eval", "single"}


def read_corpus(path):
    """[(name, flags, source_bytes)] in file order; the format is described at the top of the file."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    cases = []
    current = None
    for line in lines:
        if line.startswith(MARKER):
            if current is not None:
                cases.append(current)
            words = line[len(MARKER):].split()
            name, flags = words[0], set(words[1:])
            if not NAME_RE.match(name) or not flags <= FLAGS:
                raise ValueError(f"bad case header: {line!r}")
            current = (name, flags, [])
        elif current is not None:
            current[2].append(line)
    if current is not None:
        if current[2] and current[2][-1] == "":
            current[2].pop()
        cases.append(current)
    result = []
    seen = set()
    for name, flags, body in cases:
        if name in seen:
            raise ValueError(f"duplicate case name {name}")
        seen.add(name)
        source = "".join(line + "\n" for line in body).encode("utf-8")
        result.append((name, flags, source))
    return result


def corpus_dump(name, flags, source, tmpdir):
    """A case's dump. With the "file" flag the snippet is compiled from a file
    <tmpdir>/<name>.py (so errors quote their line from it), else as "<name>".
    The path itself appears nowhere in a dump. The flags "eval" and "single"
    compile the text (a str) in that mode instead of "exec"."""
    if "file" in flags:
        filename = os.path.join(tmpdir, name + ".py")
        with open(filename, "wb") as f:
            f.write(source)
        return full_dump(source, filename)
    for mode in ("eval", "single"):
        if mode in flags:
            # Compiled from a str, as Ember's tests parse it.
            return full_dump(source.decode("utf-8"), f"<{name}>", mode)
    return full_dump(source, f"<{name}>")


def write_corpus(cases_path, out_path, quiet=False):
    cases = read_corpus(cases_path)
    out = [f"# Generated by tests/oracle/symtable_dump.py --corpus from {os.path.basename(cases_path).removesuffix('.tmp')} "
           f"with CPython {sys.version.split()[0]}; do not edit."]
    with tempfile.TemporaryDirectory() as tmpdir:
        for name, flags, source in cases:
            out.append(MARKER + name)
            out.append(corpus_dump(name, flags, source, tmpdir))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    if not quiet:
        print(f"{len(cases)} cases written to {out_path}")


def extract_snippets(root):
    """Source snippets from CPython's own test suite: every str constant of the
    test modules (whole, and with its surrounding newlines stripped) and every
    doctest example in them, kept when ast.parse accepts it. Sorted, so the
    case names s00000, s00001, ... are stable for one test suite."""
    import ast
    import doctest
    files = sorted(glob.glob(os.path.join(root, "test", "test_*.py"))
                   + glob.glob(os.path.join(root, "test", "test_*", "*.py")))
    doctests = doctest.DocTestParser()
    found = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            try:
                with open(path, encoding="utf-8") as f:
                    tree = ast.parse(f.read())
            except (SyntaxError, ValueError, UnicodeDecodeError, OSError):
                continue
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                text = node.value
                if not 3 <= len(text) <= 3000:
                    continue
                found.add(text)
                found.add(text.strip("\n") + "\n")
                try:
                    for example in doctests.get_examples(text):
                        found.add(example.source)
                except ValueError:
                    pass
        snippets = []
        for text in sorted(found):
            # Keep what the corpus format can carry as UTF-8 lines.
            if "\x00" in text or "\r" in text or any(ord(c) > 0xFFFF or 0xD800 <= ord(c) < 0xE000 for c in text):
                continue
            if not text.endswith("\n"):
                text += "\n"
            if ("\n" + text).find("\n" + MARKER) >= 0:
                continue
            try:
                ast.parse(text)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                continue
            snippets.append(text)
    return files, snippets


def write_snippets(out_dir, root):
    """Writes symtable-snippets.txt (cases) and symtable-snippets-expected.txt
    into out_dir, unless they are already there for the same test files,
    interpreter and script."""
    started = time.monotonic()
    test_files = sorted(glob.glob(os.path.join(root, "test", "test_*.py"))
                        + glob.glob(os.path.join(root, "test", "test_*", "*.py")))
    key = hashlib.sha256()
    key.update(sys.version.encode())
    key.update(script_digest().encode())
    for path in test_files:
        st = os.stat(path)
        key.update(f"{path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode("utf-8", "surrogateescape"))
    digest = key.hexdigest()
    cases_path = os.path.join(out_dir, "symtable-snippets.txt")
    expected_path = os.path.join(out_dir, "symtable-snippets-expected.txt")
    header = f"# key {digest}"
    try:
        with open(cases_path, encoding="utf-8") as f:
            if f.readline().rstrip("\n") == header and os.path.exists(expected_path):
                print(f"oracle: snippets up to date ({time.monotonic() - started:.1f}s)")
                return
    except OSError:
        pass
    _, snippets = extract_snippets(root)
    os.makedirs(out_dir, exist_ok=True)
    with open(cases_path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for i, text in enumerate(snippets):
            f.write(f"{MARKER}s{i:05d}\n{text}")
    write_corpus(cases_path + ".tmp", expected_path, quiet=True)
    os.replace(cases_path + ".tmp", cases_path)
    print(f"oracle: {len(snippets)} snippets from {len(test_files)} test files ({time.monotonic() - started:.1f}s)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="cache file to bring up to date")
    ap.add_argument("--root", default=None, help="directory to walk (default: the stdlib)")
    ap.add_argument("--refresh", action="store_true", help="ignore the existing cache")
    ap.add_argument("--dump", metavar="FILE", help="print one file's dump and exit")
    ap.add_argument("--corpus", metavar="CASES", help="snippet corpus to dump")
    ap.add_argument("--out", metavar="EXPECTED", help="where --corpus writes")
    ap.add_argument("--snippets", metavar="DIR", help="extract snippets from the stdlib's tests into DIR and dump them")
    args = ap.parse_args()
    if args.dump:
        with open(args.dump, "rb") as f:
            source = f.read()
        sys.stdout.buffer.write(full_dump(source, args.dump).encode("utf-8", "surrogatepass") + b"\n")
        return 0
    if args.snippets:
        write_snippets(args.snippets, args.root or stdlib_root())
        return 0
    if args.corpus:
        if not args.out:
            ap.error("--corpus needs --out")
        write_corpus(args.corpus, args.out)
        return 0
    if not args.cache:
        ap.error("--cache, --dump or --corpus is required")
    update_cache(args.cache, args.root or stdlib_root(), args.refresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
