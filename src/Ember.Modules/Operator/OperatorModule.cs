using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Operator;

/// <summary>
/// The <c>_operator</c> module (Modules/_operator.c): the operators as
/// functions, over the protocol layer; itemgetter, attrgetter and
/// methodcaller are in their own files.
/// </summary>
public static class OperatorModule
{
    private const string Doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
        + "to the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The "
        + "function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

    private static readonly ArgSpec s_lengthHintSpec = new("length_hint", ["obj", "default"], posOnly: 2, required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_operator", Doc);
        Unary(m, "abs", PyNumber.Absolute);
        Binary(m, "add", PyNumber.Add);
        Binary(m, "and_", static (a, b) => PyNumber.Binary(a, b, BinaryOp.And));
        m.AddFunction("call", Call);
        Binary(m, "concat", Concat);
        Binary(m, "contains", static (a, b) => PySequence.Contains(a, b) is int r and >= 0 ? PyBool.From(r == 1) : null);
        Binary(m, "countOf", CountOf);
        Binary(m, "delitem", static (a, b) => PySequence.SetItem(a, b, null) ? PyNone.Instance : null);
        Compare(m, "eq", CompareOp.Eq);
        Binary(m, "floordiv", PyNumber.FloorDivide);
        Compare(m, "ge", CompareOp.Ge);
        Binary(m, "getitem", PySequence.GetItem);
        Compare(m, "gt", CompareOp.Gt);
        Binary(m, "iadd", PyNumber.InplaceAdd);
        Binary(m, "iand", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceAnd));
        Binary(m, "iconcat", IConcat);
        Binary(m, "ifloordiv", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceFloorDivide));
        Binary(m, "ilshift", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceLShift));
        Binary(m, "imatmul", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceMatrixMultiply));
        Binary(m, "imod", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceRemainder));
        Binary(m, "imul", PyNumber.InplaceMultiply);
        Unary(m, "index", static a => PyNumber.Index(a));
        Binary(m, "indexOf", IndexOf);
        Unary(m, "inv", PyNumber.Invert);
        Unary(m, "invert", PyNumber.Invert);
        Binary(m, "ior", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceOr));
        Binary(m, "ipow", PyNumber.InplacePower);
        Binary(m, "irshift", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceRShift));
        Binary(m, "is_", static (a, b) => PyBool.From(ReferenceEquals(a, b)));
        Binary(m, "is_not", static (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        Binary(m, "isub", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceSubtract));
        Binary(m, "itruediv", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceTrueDivide));
        Binary(m, "ixor", static (a, b) => PyNumber.Binary(a, b, BinaryOp.InplaceXor));
        Compare(m, "le", CompareOp.Le);
        m.AddFunction("length_hint", LengthHint);
        Binary(m, "lshift", static (a, b) => PyNumber.Binary(a, b, BinaryOp.LShift));
        Compare(m, "lt", CompareOp.Lt);
        Binary(m, "matmul", static (a, b) => PyNumber.Binary(a, b, BinaryOp.MatrixMultiply));
        Binary(m, "mod", PyNumber.Remainder);
        Binary(m, "mul", PyNumber.Multiply);
        Compare(m, "ne", CompareOp.Ne);
        Unary(m, "neg", PyNumber.Negative);
        Unary(m, "not_", static a => PyOps.IsTrue(a) is int r and >= 0 ? PyBool.From(r == 0) : null);
        Binary(m, "or_", static (a, b) => PyNumber.Binary(a, b, BinaryOp.Or));
        Unary(m, "pos", PyNumber.Positive);
        Binary(m, "pow", static (a, b) => PyNumber.Power(a, b, PyNone.Instance));
        Binary(m, "rshift", static (a, b) => PyNumber.Binary(a, b, BinaryOp.RShift));
        m.AddFunction("setitem", static (args, kw) =>
            Args.Positional("setitem", "_operator.setitem", args, kw, 3, 3) && PySequence.SetItem(args[0], args[1], args[2]) ? PyNone.Instance : null);
        Binary(m, "sub", PyNumber.Subtract);
        Binary(m, "truediv", PyNumber.TrueDivide);
        Unary(m, "truth", static a => PyOps.IsTrue(a) is int r and >= 0 ? PyBool.From(r == 1) : null);
        Binary(m, "xor", static (a, b) => PyNumber.Binary(a, b, BinaryOp.Xor));
        m.AddFunction("_compare_digest", CompareDigest);
        m.AddType(PyItemGetter.TypeObject);
        m.AddType(PyAttrGetter.TypeObject);
        m.AddType(PyMethodCaller.TypeObject);
        return m;
    }

    private static void Unary(PyModule m, string name, Func<PyObject, PyObject?> op)
    {
        string qualified = "_operator." + name;
        m.AddFunction(name, (args, kw) => Args.ExactlyOne(qualified, args, kw) ? op(args[0]) : null);
    }

    private static void Binary(PyModule m, string name, Func<PyObject, PyObject, PyObject?> op)
    {
        string qualified = "_operator." + name;
        m.AddFunction(name, (args, kw) => Args.Positional(name, qualified, args, kw, 2, 2) ? op(args[0], args[1]) : null);
    }

    private static void Compare(PyModule m, string name, CompareOp op)
    {
        string qualified = "_operator." + name;
        m.AddFunction(name, (args, kw) => Args.Positional(name, qualified, args, kw, 2, 2) ? PyOps.RichCompare(args[0], args[1], op) : null);
    }

    /// <summary>_PySequence_IterSearch's iter(): "argument of type 'int' is not iterable".</summary>
    private static PyObject? SearchIter(PyObject seq)
    {
        var it = PyIter.GetIter(seq);
        if (it is null && PyErr.ExceptionMatches(PyExc.TypeError))
        {
            PyErr.Clear();
            PyErr.TypeError($"argument of type '{seq.Type.Name}' is not iterable");
        }

        return it;
    }

    private static PyObject? Call(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = ModuleHelpers.KeywordCount(kw);
        if (args.Length - nkw < 1)
        {
            return PyErr.TypeError($"call expected at least 1 argument, got {args.Length - nkw}");
        }

        return PyCall.Call(args[0], args[1..], kw);
    }

    /// <summary>PySequence_Check: a type with item access that is not a dict.</summary>
    internal static bool IsSequence(PyObject o) => o.Type.GetItem is not null && !o.Type.HasFlag(TypeFlags.DictSubclass);

    private static PyObject? Concat(PyObject a, PyObject b) =>
        IsSequence(a) ? PyNumber.Add(a, b) : PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");

    private static PyObject? IConcat(PyObject a, PyObject b) =>
        IsSequence(a) ? PyNumber.InplaceAdd(a, b) : PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");

    private static PyObject? CountOf(PyObject seq, PyObject item)
    {
        var it = SearchIter(seq);
        if (it is null)
        {
            return null;
        }

        long n = 0;
        while (PyIter.TryNext(it, out var x))
        {
            if (ReferenceEquals(x, item))
            {
                n++;
                continue;
            }

            int c = PyOps.RichCompareBool(x, item, CompareOp.Eq);
            if (c < 0)
            {
                return null;
            }

            n += c;
        }

        return PyErr.Occurred ? null : PyInt.From(n);
    }

    private static PyObject? IndexOf(PyObject seq, PyObject item)
    {
        var it = SearchIter(seq);
        if (it is null)
        {
            return null;
        }

        long n = 0;
        while (PyIter.TryNext(it, out var x))
        {
            int c = ReferenceEquals(x, item) ? 1 : PyOps.RichCompareBool(x, item, CompareOp.Eq);
            if (c < 0)
            {
                return null;
            }

            if (c > 0)
            {
                return PyInt.From(n);
            }

            n++;
        }

        return PyErr.Occurred ? null : PyErr.ValueError("sequence.index(x): x not in sequence");
    }

    private static PyObject? LengthHint(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("length_hint", "_operator.length_hint", args, kw, 1, 2))
        {
            return null;
        }

        long defaultValue = 0;
        if (args.Length == 2)
        {
            if (args[1] is not PyInt && args[1].Type.Index is null)
            {
                return PyErr.TypeError($"'{args[1].Type.Name}' object cannot be interpreted as an integer");
            }

            if (!PyNumber.AsSsize(args[1], out defaultValue))
            {
                return null;
            }
        }

        long n = ContainerHelpers.LengthHint(args[0], defaultValue);
        return n < 0 && PyErr.Occurred ? null : PyInt.From(n);
    }

    private static PyObject? CompareDigest(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("_compare_digest", "_operator._compare_digest", args, kw, 2, 2))
        {
            return null;
        }

        var a = args[0];
        var b = args[1];
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!IsAscii(sa.Value) || !IsAscii(sb.Value))
            {
                return PyErr.TypeError("comparing strings with non-ASCII characters is not supported");
            }

            return PyBool.From(TimingSafeEqual(System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value)));
        }

        bool hasA = Ember.Runtime.Codecs.BytesLike.TryGetBytes(a, out var ba);
        bool hasB = Ember.Runtime.Codecs.BytesLike.TryGetBytes(b, out var bb);
        if (!hasA && !hasB)
        {
            return PyErr.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.TpName}' and '{b.Type.TpName}'");
        }

        if (!hasA || !hasB)
        {
            return PyErr.TypeError($"a bytes-like object is required, not '{(hasA ? b : a).Type.Name}'");
        }

        return PyBool.From(TimingSafeEqual(ba, bb));
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TimingSafeEqual(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(a, b);
}
