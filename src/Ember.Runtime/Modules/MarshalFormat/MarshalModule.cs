using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.MarshalFormat;

/// <summary>
/// The <c>marshal</c> module (Python/marshal.c): CPython's serialization of
/// constants, version 4 by default. Code objects are refused ("unmarshallable
/// object"): Ember's code is not CPython's, and Ember's own compiled-code cache
/// does not go through marshal. See <see cref="MarshalWriter"/> for the one
/// difference in the bytes (reference flags on temporaries).
/// </summary>
public static class MarshalModule
{
    private const int CurrentVersion = 4;

    private const string Doc = "This module contains functions that can read and write Python values in\n"
        + "a binary format. The format is specific to Python, but independent of\n"
        + "machine architecture issues.\n";

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("marshal") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        d.SetItemStr("version", PyInt.From(CurrentVersion));
        Add(d, "dumps", static (args, kw) =>
        {
            if (!Args.Positional("dumps", "marshal.dumps", args, kw, 1, 2) || !Version(args, 1, out int version))
            {
                return null;
            }

            return MarshalWriter.Dump(args[0], version);
        });
        Add(d, "dump", static (args, kw) =>
        {
            if (!Args.Positional("dump", "marshal.dump", args, kw, 2, 3) || !Version(args, 2, out int version))
            {
                return null;
            }

            var data = MarshalWriter.Dump(args[0], version);
            if (data is null)
            {
                return null;
            }

            return PyCall.CallMethod(args[1], "write", [data]) is null ? null : PyNone.Instance;
        });
        Add(d, "loads", static (args, kw) =>
        {
            if (!Args.ExactlyOne("marshal.loads", args, kw))
            {
                return null;
            }

            if (!BytesLike.TryGetBytes(args[0], out var data))
            {
                return PyErr.TypeError($"a bytes-like object is required, not '{args[0].Type.TpName}'");
            }

            return MarshalReader.Load(data);
        });
        Add(d, "load", static (args, kw) =>
        {
            if (!Args.ExactlyOne("marshal.load", args, kw))
            {
                return null;
            }

            // marshal_load checks that the file gives bytes before reading through readinto.
            var probe = PyCall.CallMethod(args[0], "read", [PyInt.Zero]);
            if (probe is null)
            {
                return null;
            }

            if (probe is not PyBytes)
            {
                return PyErr.TypeError($"file.read() returned not bytes but {probe.Type.TpName}");
            }

            return MarshalReader.LoadFile(args[0]);
        });
        return module;
    }

    private static bool Version(ReadOnlySpan<PyObject> args, int index, out int version)
    {
        version = CurrentVersion;
        if (args.Length <= index)
        {
            return true;
        }

        if (!PyLong.AsLong(args[index], out long v))
        {
            return false;
        }

        if (v is > int.MaxValue or < int.MinValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        version = (int)v;
        return true;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "marshal"));
}
