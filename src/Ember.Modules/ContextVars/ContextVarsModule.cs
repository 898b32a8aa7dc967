using System.Collections.Immutable;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.ContextVars;

/// <summary>
/// The <c>_contextvars</c> module (Python/context.c, PEP 567): Context, an
/// immutable mapping from ContextVar to value that each thread has a current
/// one of; ContextVar with get/set/reset; Token; copy_context(). The mapping
/// is an immutable dictionary keyed by identity (CPython uses a HAMT), so a
/// copy costs nothing and set() makes a new mapping.
/// </summary>
public static class ContextVarsModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_contextvars", "Context Variables");
        module.AddType(PyContext.TypeObject);
        module.AddType(PyContextVar.TypeObject);
        module.AddType(PyContextToken.TypeObject);
        module.AddFunction("copy_context", static (args, kw) =>
            Args.NoArgs("copy_context", args, kw) ? new PyContext(PyContext.Current(PyThreadState.Current).Vars) : null);
        return module;
    }
}

/// <summary>contextvars.Context: the mapping, and whether a thread has it entered.</summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Context", null, TypeFlags.None, InitSlots, InitMembers, "_contextvars");

    public static readonly ImmutableDictionary<PyObject, PyObject> Empty =
        ImmutableDictionary.Create<PyObject, PyObject>(ReferenceEqualityComparer.Instance);

    public PyContext(ImmutableDictionary<PyObject, PyObject> vars)
        : base(TypeObject)
    {
        Vars = vars;
    }

    public ImmutableDictionary<PyObject, PyObject> Vars;

    public bool Entered;

    public PyObject? Previous;

    /// <summary>The thread's current context, made empty on first use.</summary>
    public static PyContext Current(PyThreadState ts)
    {
        if (ts.Context is PyContext context)
        {
            return context;
        }

        var fresh = new PyContext(Empty);
        ts.Context = fresh;
        return fresh;
    }

    private static PyList ToList(IEnumerable<PyObject> items)
    {
        var list = new PyList();
        foreach (var item in items)
        {
            list.Append(item);
        }

        return list;
    }

    private static bool CheckKey(PyObject key)
    {
        if (key is PyContextVar)
        {
            return true;
        }

        PyErr.TypeError($"a ContextVar key was expected, got {(PyOps.Repr(key) as PyStr)?.Value}");
        return false;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) =>
            args.Length != 0 || kw is not null && kw.Count != 0 ? PyErr.TypeError("Context() does not accept any arguments") : new PyContext(Empty);
        type.Length = static self => ((PyContext)self).Vars.Count;
        type.GetItem = static (self, key) =>
        {
            if (!CheckKey(key))
            {
                return null;
            }

            return ((PyContext)self).Vars.TryGetValue(key, out var v) ? v : PyErr.KeyError(key);
        };
        type.Contains = static (self, key) => CheckKey(key) ? (((PyContext)self).Vars.ContainsKey(key) ? 1 : 0) : -1;
        type.Iter = static self => PyIter.GetIter(ToList(((PyContext)self).Vars.Keys));
        type.Hash = ContainerHelpers.HashNotImplemented;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("run", static (self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) < 1)
            {
                return PyErr.TypeError("run() missing 1 required positional argument");
            }

            var ctx = (PyContext)self;
            var ts = PyThreadState.Current;
            if (ctx.Entered)
            {
                return PyErr.RuntimeError($"cannot enter context: {(PyOps.Repr(ctx) as PyStr)?.Value} is already entered");
            }

            ctx.Previous = ts.Context;
            ctx.Entered = true;
            ts.Context = ctx;
            try
            {
                return PyCall.Call(args[0], args[1..], kw);
            }
            finally
            {
                ts.Context = ctx.Previous;
                ctx.Previous = null;
                ctx.Entered = false;
            }
        });
        type.AddMethod("copy", static (self, args, kw) => Args.NoArgs(self, "copy", args, kw) ? new PyContext(((PyContext)self).Vars) : null);
        type.AddMethod("get", static (self, args, kw) =>
        {
            if (!Args.Positional("get", args, kw, 1, 2) || !CheckKey(args[0]))
            {
                return null;
            }

            return ((PyContext)self).Vars.TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        type.AddMethod("keys", static (self, args, kw) => Args.NoArgs(self, "keys", args, kw) ? ToList(((PyContext)self).Vars.Keys) : null);
        type.AddMethod("values", static (self, args, kw) => Args.NoArgs(self, "values", args, kw) ? ToList(((PyContext)self).Vars.Values) : null);
        type.AddMethod("items", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "items", args, kw))
            {
                return null;
            }

            var list = new PyList();
            foreach (var (k, v) in ((PyContext)self).Vars)
            {
                list.Append(PyTuple.Create(k, v));
            }

            return list;
        });
    }
}

/// <summary>contextvars.ContextVar: a name and an optional default; hashed by identity.</summary>
public sealed class PyContextVar : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("ContextVar", null, TypeFlags.None, InitSlots, InitMembers, "_contextvars");

    private static readonly ArgSpec s_newSpec = new("ContextVar", ["name", "default"], maxPositional: 1, required: 1);

    private PyContextVar(PyStr name, PyObject? defaultValue)
        : base(TypeObject)
    {
        Name = name;
        Default = defaultValue;
    }

    public PyStr Name { get; }

    public PyObject? Default { get; }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[2];
            if (!s_newSpec.Parse(args, kw, slots))
            {
                return null;
            }

            if (slots[0] is not PyStr name)
            {
                return PyErr.TypeError("context variable name must be a str");
            }

            return new PyContextVar(name, slots[1]);
        };
        type.Repr = static self =>
        {
            var v = (PyContextVar)self;
            string text = $"<ContextVar name={(PyOps.Repr(v.Name) as PyStr)?.Value}";
            if (v.Default is not null)
            {
                if (PyOps.Repr(v.Default) is not PyStr d)
                {
                    return null;
                }

                text += " default=" + d.Value;
            }

            return new PyStr(text + $" at {PyBaseObject.Address(v)}>");
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddGetter("name", static self => ((PyContextVar)self).Name);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
        type.AddMethod("get", static (self, args, kw) =>
        {
            if (!Args.Positional("get", args, kw, 0, 1))
            {
                return null;
            }

            var v = (PyContextVar)self;
            if (PyThreadState.Current.Context is PyContext ctx && ctx.Vars.TryGetValue(v, out var value))
            {
                return value;
            }

            if (args.Length == 1)
            {
                return args[0];
            }

            return v.Default ?? PyErr.SetObject(PyExc.LookupError, PyTuple.Create(v));
        });
        type.AddMethod("set", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "set", args, kw))
            {
                return null;
            }

            var v = (PyContextVar)self;
            var ctx = PyContext.Current(PyThreadState.Current);
            var old = ctx.Vars.TryGetValue(v, out var previous) ? previous : null;
            ctx.Vars = ctx.Vars.SetItem(v, args[0]);
            return new PyContextToken(ctx, v, old);
        });
        type.AddMethod("reset", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "reset", args, kw))
            {
                return null;
            }

            var v = (PyContextVar)self;
            if (args[0] is not PyContextToken token)
            {
                return PyErr.TypeError($"expected an instance of Token, got {(PyOps.Repr(args[0]) as PyStr)?.Value}");
            }

            string Describe() => (PyOps.Repr(token) as PyStr)?.Value ?? "<Token>";
            if (token.Used)
            {
                return PyErr.RuntimeError($"{Describe()} has already been used once");
            }

            if (!ReferenceEquals(token.Var, v))
            {
                return PyErr.ValueError($"{Describe()} was created by a different ContextVar");
            }

            var ctx = PyContext.Current(PyThreadState.Current);
            if (!ReferenceEquals(token.Context, ctx))
            {
                return PyErr.ValueError($"{Describe()} was created in a different Context");
            }

            token.Used = true;
            ctx.Vars = token.OldValue is null ? ctx.Vars.Remove(v) : ctx.Vars.SetItem(v, token.OldValue);
            return PyNone.Instance;
        });
    }
}

/// <summary>contextvars.Token: what ContextVar.set returns, for reset().</summary>
public sealed class PyContextToken : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Token", null, TypeFlags.None, InitSlots, InitMembers, "_contextvars");

    /// <summary>Token.MISSING: old_value of a token whose variable had no value.</summary>
    private static readonly PyType s_missingType = PyType.CreateBuiltin("Token.MISSING", null, TypeFlags.None, static t =>
        t.Repr = static _ => new PyStr("<Token.MISSING>"), null, "_contextvars");

    public static readonly PyObject Missing = new PyMissing();

    public PyContextToken(PyContext context, PyContextVar var, PyObject? oldValue)
        : base(TypeObject)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    public PyContext Context { get; }

    public PyContextVar Var { get; }

    /// <summary>The value before set(); null for MISSING.</summary>
    public PyObject? OldValue { get; }

    public bool Used;

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => PyErr.RuntimeError("Tokens can only be created by ContextVars");
        type.Repr = static self =>
        {
            var t = (PyContextToken)self;
            if (PyOps.Repr(t.Var) is not PyStr var)
            {
                return null;
            }

            return new PyStr($"<Token{(t.Used ? " used" : "")} var={var.Value} at {PyBaseObject.Address(t)}>");
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddGetter("var", static self => ((PyContextToken)self).Var);
        type.AddGetter("old_value", static self => ((PyContextToken)self).OldValue ?? Missing);
        type.AddValue("MISSING", Missing);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }

    private sealed class PyMissing : PyObject
    {
        public PyMissing()
            : base(s_missingType)
        {
        }
    }
}
