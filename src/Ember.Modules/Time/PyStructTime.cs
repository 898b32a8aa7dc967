using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Time;

/// <summary>
/// <c>time.struct_time</c>: a struct sequence of nine visible fields (the
/// tuple's items) and two more reached only by name, tm_zone and tm_gmtoff
/// (Objects/structseq.c with n_sequence_fields 9 of n_fields 11).
/// </summary>
internal sealed class PyStructTime : PyTuple
{
    internal static readonly string[] Fields =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    public static new readonly PyType TypeObject = PyType.CreateBuiltin("struct_time", PyTuple.TypeObject, TypeFlags.None,
        static t =>
        {
            t.Repr = static self => ReprOf((PyStructTime)self);
            t.New = NewInstance;
        },
        static t =>
        {
            for (int i = 0; i < Fields.Length; i++)
            {
                int index = i;
                t.AddGetter(Fields[i], self => ((PyTuple)self).Items[index]);
            }

            t.AddGetter("tm_zone", static self => ((PyStructTime)self).Zone);
            t.AddGetter("tm_gmtoff", static self => ((PyStructTime)self).GmtOff);
            t.AddValue("n_sequence_fields", PyInt.From(9));
            t.AddValue("n_fields", PyInt.From(11));
            t.AddValue("n_unnamed_fields", PyInt.Zero);
            t.AddMethod("__reduce__", static (self, args, kw) =>
            {
                if (!Args.NoArgs("__reduce__", args, kw))
                {
                    return null;
                }

                var st = (PyStructTime)self;
                var extra = new PyDict();
                extra.SetItemStr("tm_zone", st.Zone);
                extra.SetItemStr("tm_gmtoff", st.GmtOff);
                return PyTuple.Create(self.Type, PyTuple.Create(new PyTuple(st.Items), extra));
            });
        },
        "time");

    public PyStructTime(PyObject[] items, PyObject zone, PyObject gmtoff)
        : base(TypeObject, items)
    {
        Zone = zone;
        GmtOff = gmtoff;
    }

    public PyObject Zone { get; }

    public PyObject GmtOff { get; }

    private static PyObject? NewInstance(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("structseq", kwnames) || !Args.Positional("struct_time", args, null, 1, 2))
        {
            return null;
        }

        if (args[0] is not (PyTuple or PyList) && args[0].Type.Lookup("__iter__") is null)
        {
            return PyErr.TypeError("constructor requires a sequence");
        }

        var items = PyIter.ToList(args[0]);
        if (items is null)
        {
            return null;
        }

        if (items.Count < 9)
        {
            return PyErr.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Count}-sequence given)");
        }

        if (items.Count > 11)
        {
            return PyErr.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Count}-sequence given)");
        }

        return new PyStructTime(
            [.. items.GetRange(0, 9)],
            items.Count > 9 ? items[9] : PyNone.Instance,
            items.Count > 10 ? items[10] : PyNone.Instance);
    }

    private static PyObject? ReprOf(PyStructTime self)
    {
        var sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < 9; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            if (PyOps.Repr(self.Items[i]) is not PyStr r)
            {
                return null;
            }

            sb.Append(Fields[i]).Append('=').Append(r.Value);
        }

        return new PyStr(sb.Append(')').ToString());
    }
}
