"""CPython's view of every .py file under a directory, for the stdlib walk test.

For each file it records either the SHA-256 of
    ast.dump(ast.parse(source_bytes, path), include_attributes=True)
(UTF-8 encoded) or the error CPython raises instead, as
    [class name, msg, lineno, offset]   (msg/lineno/offset of SyntaxError;
                                         str(e), null, null for other classes)

Usage (run with the oracle interpreter, python3.11):
    ast_dump.py --cache FILE [--root DIR] [--refresh]
        Brings the cache up to date and prints one summary line. Only files
        whose size or mtime changed (or that are new) are parsed again; the
        whole cache is rebuilt when the Python version or this script changes,
        or with --refresh.
    ast_dump.py --dump FILE
        Prints the full dump of one file (or its error line) to stdout, for
        showing where Ember and CPython differ.

The default root is this interpreter's standard library directory.
"""
import argparse
import ast
import hashlib
import json
import os
import sys
import sysconfig
import time
import warnings

CACHE_FORMAT = 1


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


def outcome(path):
    """The dump text, or an error record, for one file."""
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        # Warnings (invalid escapes, etc.) are not part of the result.
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(source, path)
        except SyntaxError as e:
            return None, [type(e).__name__, e.msg, e.lineno, e.offset]
        except (ValueError, MemoryError, RecursionError) as e:
            return None, [type(e).__name__, str(e), None, None]
    try:
        return ast.dump(tree, include_attributes=True), None
    except RecursionError as e:
        return None, [type(e).__name__, str(e), None, None]


def encode(text):
    # Lone surrogates cannot appear (repr escapes them), but never fail here.
    return text.encode("utf-8", "surrogatepass")


def entry_for(path, st):
    text, error = outcome(path)
    entry = {"mtime_ns": st.st_mtime_ns, "size": st.st_size}
    if error is None:
        entry["sha256"] = hashlib.sha256(encode(text)).hexdigest()
    else:
        entry["error"] = error
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
    parsed = 0
    errors = 0
    for path in list_files(root):
        st = os.stat(path)
        entry = old.get(path)
        if entry is None or entry.get("mtime_ns") != st.st_mtime_ns or entry.get("size") != st.st_size:
            entry = entry_for(path, st)
            parsed += 1
        if "error" in entry:
            errors += 1
        files[path] = entry
    changed = parsed > 0 or len(files) != len(old)
    if changed:
        os.makedirs(os.path.dirname(os.path.abspath(cache_path)), exist_ok=True)
        data = dict(header)
        data["files"] = files
        tmp = cache_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=0, sort_keys=True)
        os.replace(tmp, cache_path)
    elapsed = time.monotonic() - started
    print(f"oracle: {len(files)} files under {root}, {errors} with errors, "
          f"{parsed} parsed now ({elapsed:.1f}s)")


def dump_one(path):
    text, error = outcome(path)
    out = sys.stdout.buffer
    if error is None:
        out.write(encode(text))
    else:
        out.write(encode(format_error(error)))
    out.write(b"\n")


def format_error(error):
    """One line for an error record; Ember's test formats its errors the same way."""
    cls, msg, lineno, offset = error
    none = "None"
    return f"error {cls}: {msg} (lineno={none if lineno is None else lineno}, offset={none if offset is None else offset})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="cache file to bring up to date")
    ap.add_argument("--root", default=None, help="directory to walk (default: the stdlib)")
    ap.add_argument("--refresh", action="store_true", help="ignore the existing cache")
    ap.add_argument("--dump", metavar="FILE", help="print one file's dump and exit")
    args = ap.parse_args()
    if args.dump:
        dump_one(args.dump)
        return 0
    if not args.cache:
        ap.error("--cache or --dump is required")
    update_cache(args.cache, args.root or stdlib_root(), args.refresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
