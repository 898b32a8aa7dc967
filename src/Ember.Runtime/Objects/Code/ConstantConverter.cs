using System.Numerics;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Objects;

/// <summary>
/// Turns the compiler's plain .NET constants into Python objects. Constants of
/// types the interpreter does not build itself (bytes, complex, frozenset) are
/// made by calling the builtin type, so this file depends only on their names.
/// </summary>
internal static class ConstantConverter
{
    public static PyObject? ToObject(object? value)
    {
        switch (value)
        {
            case null:
                return PyNone.Instance;
            case bool b:
                return PyBool.From(b);
            case long l:
                return PyInt.From(l);
            case int i:
                return PyInt.From(i);
            case BigInteger big:
                return PyInt.From(big);
            case double d:
                return new PyFloat(d);
            case string s:
                // As CPython's compiler, identifier-like constants are interned: equal ones are one object.
                return AllNameChars(s) && PyThreadState.CurrentOrNull is { } ts
                    ? Modules.Sys.SysModule.Intern(ts.Interpreter, new PyStr(s))
                    : new PyStr(s);
            case CodePointString cps:
                return new PyStr(cps.CodePoints);
            case ConstEllipsis:
                return PyEllipsis.Instance;
            case CodeObject code:
                return PyCode.For(code);
            case ConstTuple tuple:
                return MakeTuple(tuple.Items);
            case ConstFrozenSet set:
                {
                    // PyFrozenSet_New over the items in source order, then made again
                    // from its own iteration order, as merge_consts_recursive does: the
                    // layout (and so the iteration order) of CPython's constant.
                    var items = MakeTuple(set.Items);
                    var first = items is null ? null : PyAnySet.NewFrozenSet(items);
                    return first is null || first.Count == 0 ? first : PyTuple.FromIterable(first) is { } order ? PyAnySet.NewFrozenSet(order) : null;
                }

            case Complex c:
                return CallBuiltin("complex", new PyFloat(c.Real), new PyFloat(c.Imaginary));
            case byte[] bytes:
                return PyBytes.From(bytes);

            default:
                return PyErr.SystemError($"unknown constant of type {value.GetType().Name}");
        }
    }

    private static PyTuple? MakeTuple(object?[] items)
    {
        if (items.Length == 0)
        {
            return PyTuple.Empty;
        }

        var result = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var item = ToObject(items[i]);
            if (item is null)
            {
                return null;
            }

            result[i] = item;
        }

        return new PyTuple(result);
    }

    private static PyObject? CallBuiltin(string name, params PyObject[] args)
    {
        var builtin = PyThreadState.Current.Interpreter.Builtins.GetItemStr(name);
        if (builtin is null)
        {
            return PyErr.SystemError($"constant needs builtins.{name}, which is missing");
        }

        return PyCall.Call(builtin, args, null);
    }

    // compile.c's all_name_chars: the constants CPython's compiler interns.
    private static bool AllNameChars(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
