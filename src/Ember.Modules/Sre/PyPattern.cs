using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Hashing;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Sre;

/// <summary>
/// <c>re.Pattern</c> (sre.c's PatternObject): a compiled SRE program with
/// the pattern it came from, its flags and its groups.
/// </summary>
public sealed class PyPattern : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Pattern", null, TypeFlags.HasWeakref, InitSlots, InitMembers, "re");

    private static readonly ArgSpec s_matchSpec = new("match", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_fullmatchSpec = new("fullmatch", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_searchSpec = new("search", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_findallSpec = new("findall", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_finditerSpec = new("finditer", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_scannerSpec = new("scanner", ["string", "pos", "endpos"], required: 1);
    private static readonly ArgSpec s_splitSpec = new("split", ["string", "maxsplit"], required: 1);
    private static readonly ArgSpec s_subSpec = new("sub", ["repl", "string", "count"], required: 2);
    private static readonly ArgSpec s_subnSpec = new("subn", ["repl", "string", "count"], required: 2);

    internal readonly PyObject PatternObject;
    internal readonly int Flags;
    internal readonly uint[] Code;
    internal readonly int Groups;
    internal readonly PyDict? GroupIndex;
    internal readonly PyTuple? IndexGroup;

    /// <summary>1 for a bytes pattern, 0 for str, -1 when the pattern is None.</summary>
    internal readonly int IsBytes;

    internal PyPattern(PyObject pattern, int flags, uint[] code, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(TypeObject)
    {
        PatternObject = pattern;
        Flags = flags;
        Code = code;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
    }

    private static void InitSlots(PyType t)
    {
        t.Repr = Repr;
        t.Hash = Hash;
        t.RichCompare = RichCompare;
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("match", static (self, a, k) => ((PyPattern)self).MatchOrSearch(s_matchSpec, a, k, search: false, fullMatch: false));
        t.AddMethod("fullmatch", static (self, a, k) => ((PyPattern)self).MatchOrSearch(s_fullmatchSpec, a, k, search: false, fullMatch: true));
        t.AddMethod("search", static (self, a, k) => ((PyPattern)self).MatchOrSearch(s_searchSpec, a, k, search: true, fullMatch: false));
        t.AddMethod("findall", static (self, a, k) => ((PyPattern)self).FindAll(a, k));
        t.AddMethod("finditer", static (self, a, k) =>
        {
            var scanner = ((PyPattern)self).Scanner(s_finditerSpec, a, k);
            if (scanner is null)
            {
                return null;
            }

            var search = PyOps.GetAttr(scanner, "search");
            return search is null ? null : new PyCallIter(search, PyNone.Instance);
        });
        t.AddMethod("scanner", static (self, a, k) => ((PyPattern)self).Scanner(s_scannerSpec, a, k));
        t.AddMethod("split", static (self, a, k) => ((PyPattern)self).Split(a, k));
        t.AddMethod("sub", static (self, a, k) => ((PyPattern)self).Sub(s_subSpec, a, k, subn: false));
        t.AddMethod("subn", static (self, a, k) => ((PyPattern)self).Sub(s_subnSpec, a, k, subn: true));
        t.AddMethod("__copy__", static (self, a, k) => Args.NoArgs("__copy__", a, k) ? self : null);
        t.AddMethod("__deepcopy__", static (self, a, k) => Args.Positional("__deepcopy__", a, k, 1, 1) ? self : null);
        t.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
        t.AddReadonlyMember("pattern", static self => ((PyPattern)self).PatternObject);
        t.AddReadonlyMember("flags", static self => PyInt.From(((PyPattern)self).Flags));
        t.AddReadonlyMember("groups", static self => PyInt.From(((PyPattern)self).Groups));
        t.AddGetter("groupindex", static self =>
        {
            var p = (PyPattern)self;
            return p.GroupIndex is null ? new PyDict() : new PyMappingProxy(p.GroupIndex);
        });
    }

    /// <summary>The string, pos and endpos arguments; false with the error pending.</summary>
    private static bool StringPosEndPos(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, out PyObject str, out long pos, out long endpos)
    {
        var slots = new PyObject?[3];
        str = PyNone.Instance;
        pos = 0;
        endpos = long.MaxValue;
        if (!spec.Parse(args, kw, slots))
        {
            return false;
        }

        str = slots[0]!;
        return (slots[1] is null || SreModule.AsSsize(slots[1]!, out pos)) &&
               (slots[2] is null || SreModule.AsSsize(slots[2]!, out endpos));
    }

    private PyObject? MatchOrSearch(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, bool search, bool fullMatch)
    {
        if (!StringPosEndPos(spec, args, kw, out var str, out long pos, out long endpos))
        {
            return null;
        }

        var state = SreState.Create(this, str, pos, endpos);
        if (state is null)
        {
            return null;
        }

        state.MatchAll = fullMatch;
        int status = state.Run(search);
        if (status < 0)
        {
            return null;
        }

        return status == 0 ? PyNone.Instance : new PyMatch(this, state);
    }

    private PyObject? Scanner(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!StringPosEndPos(spec, args, kw, out var str, out long pos, out long endpos))
        {
            return null;
        }

        var state = SreState.Create(this, str, pos, endpos);
        return state is null ? null : new PyScanner(this, state);
    }

    private PyObject? FindAll(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!StringPosEndPos(s_findallSpec, args, kw, out var str, out long pos, out long endpos))
        {
            return null;
        }

        var state = SreState.Create(this, str, pos, endpos);
        if (state is null)
        {
            return null;
        }

        var list = new PyList();
        while (state.Start <= state.End)
        {
            state.Reset();
            int status = state.Run(search: true);
            if (status < 0)
            {
                return null;
            }

            if (status == 0)
            {
                break;
            }

            PyObject? item;
            switch (Groups)
            {
                case 0:
                    item = SreModule.GetSlice(state.IsBytes, str, state.Start, state.Ptr);
                    break;
                case 1:
                    item = state.GetGroupSlice(1, empty: true);
                    break;
                default:
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++)
                    {
                        var o = state.GetGroupSlice(i + 1, empty: true);
                        if (o is null)
                        {
                            return null;
                        }

                        items[i] = o;
                    }

                    item = new PyTuple(items);
                    break;
            }

            if (item is null)
            {
                return null;
            }

            list.Append(item);
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }

        return list;
    }

    private PyObject? Split(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slots = new PyObject?[2];
        if (!s_splitSpec.Parse(args, kw, slots))
        {
            return null;
        }

        var str = slots[0]!;
        long maxsplit = 0;
        if (slots[1] is not null && !SreModule.AsSsize(slots[1]!, out maxsplit))
        {
            return null;
        }

        var state = SreState.Create(this, str, 0, long.MaxValue);
        if (state is null)
        {
            return null;
        }

        var list = new PyList();
        long n = 0;
        int last = state.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            state.Reset();
            int status = state.Run(search: true);
            if (status < 0)
            {
                return null;
            }

            if (status == 0)
            {
                break;
            }

            // The segment before this match, then the groups.
            var item = SreModule.GetSlice(state.IsBytes, str, last, state.Start);
            if (item is null)
            {
                return null;
            }

            list.Append(item);
            for (int i = 0; i < Groups; i++)
            {
                var g = state.GetGroupSlice(i + 1, empty: false);
                if (g is null)
                {
                    return null;
                }

                list.Append(g);
            }

            n++;
            state.MustAdvance = state.Ptr == state.Start;
            last = state.Start = state.Ptr;
        }

        var rest = SreModule.GetSlice(state.IsBytes, str, last, state.EndPos);
        if (rest is null)
        {
            return null;
        }

        list.Append(rest);
        return list;
    }

    private PyObject? Sub(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, bool subn)
    {
        var slots = new PyObject?[3];
        if (!spec.Parse(args, kw, slots))
        {
            return null;
        }

        var template = slots[0]!;
        var str = slots[1]!;
        long count = 0;
        if (slots[2] is not null && !SreModule.AsSsize(slots[2]!, out count))
        {
            return null;
        }

        PyObject filter;
        bool filterIsCallable;
        if (template.Type.Call is not null)
        {
            filter = template;
            filterIsCallable = true;
        }
        else
        {
            // A template without backslashes is used as it is; the others go to re._subx.
            bool literal = template switch
            {
                PyStr ts => !ts.Value.Contains('\\'),
                _ => Ember.Runtime.Codecs.BytesLike.TryGetBytes(template, out var tb) && tb.IndexOf((byte)'\\') < 0,
            };
            if (literal)
            {
                filter = template;
                filterIsCallable = false;
            }
            else
            {
                var f = SreModule.CallRe("_subx", this, template);
                if (f is null)
                {
                    return null;
                }

                filter = f;
                filterIsCallable = f.Type.Call is not null;
            }
        }

        var state = SreState.Create(this, str, 0, long.MaxValue);
        if (state is null)
        {
            return null;
        }

        var list = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            state.Reset();
            int status = state.Run(search: true);
            if (status < 0)
            {
                return null;
            }

            if (status == 0)
            {
                break;
            }

            int b = state.Start;
            int e = state.Ptr;
            if (i < b)
            {
                var before = SreModule.GetSlice(state.IsBytes, str, i, b);
                if (before is null)
                {
                    return null;
                }

                list.Append(before);
            }

            PyObject? item;
            if (filterIsCallable)
            {
                item = PyCall.Call(filter, new PyMatch(this, state));
                if (item is null)
                {
                    return null;
                }
            }
            else
            {
                item = filter;
            }

            if (item is not PyNone)
            {
                list.Append(item);
            }

            i = e;
            n++;
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }

        if (i < state.EndPos)
        {
            var after = SreModule.GetSlice(state.IsBytes, str, i, state.EndPos);
            if (after is null)
            {
                return null;
            }

            list.Append(after);
        }

        var joined = SreModule.Join(state.IsBytes, str, list);
        if (joined is null)
        {
            return null;
        }

        return subn ? new PyTuple([joined, PyInt.From(n)]) : joined;
    }

    private static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.TEMPLATE", SreFlags.Template),
        ("re.IGNORECASE", SreFlags.IgnoreCase),
        ("re.LOCALE", SreFlags.Locale),
        ("re.MULTILINE", SreFlags.MultiLine),
        ("re.DOTALL", SreFlags.DotAll),
        ("re.UNICODE", SreFlags.Unicode),
        ("re.VERBOSE", SreFlags.Verbose),
        ("re.DEBUG", SreFlags.Debug),
        ("re.ASCII", SreFlags.Ascii),
    ];

    private static PyObject? Repr(PyObject self)
    {
        var p = (PyPattern)self;
        int flags = p.Flags;

        // re.UNICODE is left out for str patterns, where it is the default.
        if (p.IsBytes == 0 && (flags & (SreFlags.Locale | SreFlags.Unicode | SreFlags.Ascii)) == SreFlags.Unicode)
        {
            flags &= ~SreFlags.Unicode;
        }

        var names = new List<string>();
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) != 0)
            {
                names.Add(name);
                flags &= ~value;
            }
        }

        if (flags != 0)
        {
            names.Add($"0x{flags:x}");
        }

        var repr = PyOps.ReprString(p.PatternObject);
        if (repr is null)
        {
            return null;
        }

        repr = Truncate(repr, 200);
        return new PyStr(names.Count > 0 ? $"re.compile({repr}, {string.Join("|", names)})" : $"re.compile({repr})");
    }

    /// <summary>PyUnicode_FromFormat's %.NR: the first <paramref name="max"/> code points of a repr.</summary>
    internal static string Truncate(string repr, int max)
    {
        var s = new PyStr(repr);
        return s.Length <= max ? repr : s.Substring(0, max).Value;
    }

    private static long Hash(PyObject self)
    {
        var p = (PyPattern)self;
        long hash = PyOps.Hash(p.PatternObject);
        if (hash == -1)
        {
            return -1;
        }

        var bytes = new byte[p.Code.Length * 4];
        for (int i = 0; i < p.Code.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), p.Code[i]);
        }

        hash ^= PyHash.HashBytes(bytes);
        hash ^= p.Flags;
        hash ^= p.IsBytes;
        hash ^= p.Code.Length;
        return hash == -1 ? -2 : hash;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || other is not PyPattern right)
        {
            return PyNotImplemented.Instance;
        }

        var left = (PyPattern)self;
        bool cmp;
        if (ReferenceEquals(left, right))
        {
            cmp = true;
        }
        else
        {
            cmp = left.Flags == right.Flags && left.IsBytes == right.IsBytes && left.Code.AsSpan().SequenceEqual(right.Code);
            if (cmp)
            {
                int r = PyOps.RichCompareBool(left.PatternObject, right.PatternObject, CompareOp.Eq);
                if (r < 0)
                {
                    return null;
                }

                cmp = r > 0;
            }
        }

        return PyBool.From(op == CompareOp.Eq ? cmp : !cmp);
    }
}
