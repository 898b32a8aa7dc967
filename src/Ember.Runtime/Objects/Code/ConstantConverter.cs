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
                return new PyStr(s);
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
                    // compile.c's merge_consts_recursive rebuilds every frozenset constant
                    // from the iteration order of the first one, which shows in the order of
                    // colliding items ({-1, -2, 0, 1, 2} prints {0, 1, 2, -2, -1}).
                    var items = MakeTuple(set.Items);
                    var first = items is null ? null : CallBuiltin("frozenset", items);
                    var inOrder = first is null ? null : PyList.FromIterable(first);
                    return inOrder is null ? null : CallBuiltin("frozenset", PyTuple.Create(inOrder.AsSpan()));
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
}
