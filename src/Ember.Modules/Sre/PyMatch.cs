using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Sre;

/// <summary>
/// <c>re.Match</c> (sre.c's MatchObject): the spans of a successful match,
/// over the subject it was made on. Spans are code-point (or byte) indexes;
/// -1 marks a group that did not take part.
/// </summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Match", null, TypeFlags.None, InitSlots, InitMembers, "re");

    private static readonly ArgSpec s_groupsSpec = new("groups", ["default"]);
    private static readonly ArgSpec s_groupdictSpec = new("groupdict", ["default"]);
    private static readonly ArgSpec s_expandSpec = new("expand", ["template"], required: 1);

    private readonly PyPattern _pattern;
    private readonly PyObject _string;
    private readonly bool _isBytes;
    private readonly int[] _mark;
    private readonly int _pos;
    private readonly int _endpos;
    private readonly int _lastindex;
    private PyTuple? _regs;

    /// <summary>pattern_new_match: the spans the state found.</summary>
    internal PyMatch(PyPattern pattern, SreState state)
        : base(TypeObject)
    {
        _pattern = pattern;
        _string = state.String;
        _isBytes = state.IsBytes;
        int groups = pattern.Groups + 1;
        _mark = new int[groups * 2];
        _mark[0] = state.Start;
        _mark[1] = state.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= state.LastMark && state.Mark[j] >= 0 && state.Mark[j + 1] >= 0)
            {
                _mark[j + 2] = state.Mark[j];
                _mark[j + 3] = state.Mark[j + 1];
            }
            else
            {
                _mark[j + 2] = _mark[j + 3] = -1;
            }
        }

        _pos = state.Pos;
        _endpos = state.EndPos;
        _lastindex = state.LastIndex;
    }

    private int GroupCount => _mark.Length / 2;

    private static void InitSlots(PyType t)
    {
        t.Repr = Repr;
        t.GetItem = static (self, key) => ((PyMatch)self).GetSlice(key, PyNone.Instance);
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("group", static (self, a, k) => ((PyMatch)self).Group(a, k));
        t.AddMethod("start", static (self, a, k) => ((PyMatch)self).SpanPart("start", a, k, 0));
        t.AddMethod("end", static (self, a, k) => ((PyMatch)self).SpanPart("end", a, k, 1));
        t.AddMethod("span", static (self, a, k) => ((PyMatch)self).SpanPart("span", a, k, 2));
        t.AddMethod("groups", static (self, a, k) => ((PyMatch)self).Groups(a, k));
        t.AddMethod("groupdict", static (self, a, k) => ((PyMatch)self).GroupDict(a, k));
        t.AddMethod("expand", static (self, a, k) =>
        {
            var slots = new PyObject?[1];
            if (!s_expandSpec.Parse(a, k, slots))
            {
                return null;
            }

            var m = (PyMatch)self;
            return SreModule.CallRe("_expand", m._pattern, m, slots[0]!);
        });
        t.AddMethod("__copy__", static (self, a, k) => Args.NoArgs("__copy__", a, k) ? self : null);
        t.AddMethod("__deepcopy__", static (self, a, k) => Args.Positional("__deepcopy__", a, k, 1, 1) ? self : null);
        t.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
        t.AddReadonlyMember("string", static self => ((PyMatch)self)._string);
        t.AddReadonlyMember("re", static self => ((PyMatch)self)._pattern);
        t.AddReadonlyMember("pos", static self => PyInt.From(((PyMatch)self)._pos));
        t.AddReadonlyMember("endpos", static self => PyInt.From(((PyMatch)self)._endpos));
        t.AddGetter("lastindex", static self =>
        {
            var m = (PyMatch)self;
            return m._lastindex >= 0 ? PyInt.From(m._lastindex) : PyNone.Instance;
        });
        t.AddGetter("lastgroup", static self =>
        {
            var m = (PyMatch)self;
            var ig = m._pattern.IndexGroup;
            if (ig is not null && m._lastindex >= 0 && m._lastindex < ig.Count)
            {
                return ig[m._lastindex];
            }

            return PyNone.Instance;
        });
        t.AddGetter("regs", static self => ((PyMatch)self).Regs());
    }

    /// <summary>match_getindex: the group number of an int or a group name, or -1 with IndexError pending.</summary>
    private int GetIndex(PyObject index)
    {
        long i = -1;
        if (ContainerHelpers.HasIndex(index))
        {
            var v = PyNumber.Index(index);
            if (v is null)
            {
                return -1;
            }

            // PyNumber_AsSsize_t(index, NULL) clips: huge values are simply out of range.
            i = v.IsSmall ? v.Small : -1;
        }
        else if (_pattern.GroupIndex is { } gi)
        {
            var found = gi.GetItem(index);
            if (found is null && PyErr.Occurred)
            {
                return -1;
            }

            if (found is PyInt fi && fi.IsSmall)
            {
                i = fi.Small;
            }
        }

        if (i < 0 || i >= GroupCount)
        {
            PyErr.IndexError("no such group");
            return -1;
        }

        return (int)i;
    }

    /// <summary>match_getslice_by_index: the text of group <paramref name="index"/>, or <paramref name="def"/> when it did not match.</summary>
    private PyObject? SliceByIndex(int index, PyObject def)
    {
        int b = _mark[index * 2];
        if (b < 0)
        {
            return def;
        }

        return SreModule.GetSlice(_isBytes, _string, b, _mark[(index * 2) + 1]);
    }

    private PyObject? GetSlice(PyObject key, PyObject def)
    {
        int i = GetIndex(key);
        return i < 0 ? null : SliceByIndex(i, def);
    }

    private PyObject? Group(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("group", kw))
        {
            return null;
        }

        switch (args.Length)
        {
            case 0:
                return SliceByIndex(0, PyNone.Instance);
            case 1:
                return GetSlice(args[0], PyNone.Instance);
            default:
                var items = new PyObject[args.Length];
                for (int i = 0; i < args.Length; i++)
                {
                    var item = GetSlice(args[i], PyNone.Instance);
                    if (item is null)
                    {
                        return null;
                    }

                    items[i] = item;
                }

                return new PyTuple(items);
        }
    }

    /// <summary>start(), end() and span() (<paramref name="part"/> 0, 1, 2).</summary>
    private PyObject? SpanPart(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int part)
    {
        if (!Args.Positional(name, args, kw, 0, 1))
        {
            return null;
        }

        int index = args.Length == 0 ? 0 : GetIndex(args[0]);
        if (index < 0)
        {
            return null;
        }

        int b = _mark[index * 2];
        int e = _mark[(index * 2) + 1];
        return part switch
        {
            0 => PyInt.From(b),
            1 => PyInt.From(e),
            _ => new PyTuple([PyInt.From(b), PyInt.From(e)]),
        };
    }

    private PyObject? Groups(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slots = new PyObject?[1];
        if (!s_groupsSpec.Parse(args, kw, slots))
        {
            return null;
        }

        var def = slots[0] ?? PyNone.Instance;
        var items = new PyObject[GroupCount - 1];
        for (int i = 1; i < GroupCount; i++)
        {
            var item = SliceByIndex(i, def);
            if (item is null)
            {
                return null;
            }

            items[i - 1] = item;
        }

        return new PyTuple(items);
    }

    private PyObject? GroupDict(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slots = new PyObject?[1];
        if (!s_groupdictSpec.Parse(args, kw, slots))
        {
            return null;
        }

        var def = slots[0] ?? PyNone.Instance;
        var result = new PyDict();
        if (_pattern.GroupIndex is not { } gi)
        {
            return result;
        }

        int pos = 0;
        while (gi.Next(ref pos, out var key, out _))
        {
            var value = GetSlice(key, def);
            if (value is null || !result.SetItem(key, value))
            {
                return null;
            }
        }

        return result;
    }

    private PyTuple Regs()
    {
        if (_regs is not null)
        {
            return _regs;
        }

        var items = new PyObject[GroupCount];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new PyTuple([PyInt.From(_mark[i * 2]), PyInt.From(_mark[(i * 2) + 1])]);
        }

        return _regs = new PyTuple(items);
    }

    private static PyObject? Repr(PyObject self)
    {
        var m = (PyMatch)self;
        var group0 = m.SliceByIndex(0, PyNone.Instance);
        if (group0 is null)
        {
            return null;
        }

        var repr = PyOps.ReprString(group0);
        if (repr is null)
        {
            return null;
        }

        return new PyStr($"<re.Match object; span=({m._mark[0]}, {m._mark[1]}), match={PyPattern.Truncate(repr, 50)}>");
    }
}
