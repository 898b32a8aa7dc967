using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Functools;

/// <summary>
/// <c>functools.partial</c> (Modules/_functoolsmodule.c): a callable with
/// some arguments fixed. A partial of a partial (one without instance
/// attributes) is flattened into one, as partial_new does.
/// </summary>
public class PyPartial : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("partial", null, TypeFlags.BaseType | TypeFlags.HasWeakref | TypeFlags.HasDict, static t =>
    {
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
        t.DescrGet = static (self, instance, owner) => self;
    }, InitMembers, "functools");

    private PyPartial(PyType type, PyObject func, PyTuple args, PyDict keywords)
        : base(type)
    {
        Func = func;
        PartialArgs = args;
        Keywords = keywords;
    }

    public PyObject Func { get; private set; }

    public PyTuple PartialArgs { get; private set; }

    public PyDict Keywords { get; private set; }

    public PyDict? Dict { get; set; }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = ModuleHelpers.KeywordCount(kwnames);
        int npos = args.Length - nkw;
        if (npos < 1)
        {
            return PyErr.TypeError("type 'partial' takes at least one argument");
        }

        var func = args[0];
        PyObject[] inner = [];
        PyDict? innerKw = null;
        if (func is PyPartial p && p.Dict is null or { Count: 0 } && ReferenceEquals(func.Type.Call, TypeObject.Call))
        {
            inner = p.PartialArgs.Items;
            innerKw = p.Keywords;
            func = p.Func;
        }

        if (func.Type.Call is null)
        {
            return PyErr.TypeError("the first argument must be callable");
        }

        var all = new PyObject[inner.Length + npos - 1];
        inner.CopyTo(all, 0);
        args[1..npos].CopyTo(all.AsSpan(inner.Length));
        var keywords = innerKw?.Copy() ?? new PyDict();
        for (int i = 0; i < nkw; i++)
        {
            if (!keywords.SetItem(kwnames!.Items[i], args[npos + i]))
            {
                return null;
            }
        }

        return new PyPartial(type, func, all.Length == 0 ? PyTuple.Empty : new PyTuple(all), keywords);
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = (PyPartial)self;
        int nkw = ModuleHelpers.KeywordCount(kwnames);
        int npos = args.Length - nkw;
        var fixedArgs = p.PartialArgs.Items;
        if (p.Keywords.Count == 0)
        {
            if (fixedArgs.Length == 0)
            {
                return PyCall.Call(p.Func, args, kwnames);
            }

            var joined = new PyObject[fixedArgs.Length + args.Length];
            fixedArgs.CopyTo(joined, 0);
            args.CopyTo(joined.AsSpan(fixedArgs.Length));
            return PyCall.Call(p.Func, joined, kwnames);
        }

        var kw = p.Keywords.Copy();
        for (int i = 0; i < nkw; i++)
        {
            if (!kw.SetItem(kwnames!.Items[i], args[npos + i]))
            {
                return null;
            }
        }

        var positional = new PyObject[fixedArgs.Length + npos];
        fixedArgs.CopyTo(positional, 0);
        args[..npos].CopyTo(positional.AsSpan(fixedArgs.Length));
        return PyCall.CallWithDict(p.Func, positional, kw);
    }

    private static PyObject? Repr(PyObject self)
    {
        var p = (PyPartial)self;
        if (!ContainerHelpers.ReprEnter(p))
        {
            return new PyStr("...");
        }

        try
        {
            var sb = new StringBuilder();
            sb.Append(p.Type.TpName).Append('(');
            var fr = PyOps.ReprString(p.Func);
            if (fr is null)
            {
                return null;
            }

            sb.Append(fr);
            foreach (var arg in p.PartialArgs.Items)
            {
                var r = PyOps.ReprString(arg);
                if (r is null)
                {
                    return null;
                }

                sb.Append(", ").Append(r);
            }

            int pos = 0;
            while (p.Keywords.Next(ref pos, out var key, out var value))
            {
                var ks = PyOps.Str(key) as PyStr;
                var vr = ks is null ? null : PyOps.ReprString(value);
                if (vr is null)
                {
                    return null;
                }

                sb.Append(", ").Append(ks!.Value).Append('=').Append(vr);
            }

            return new PyStr(sb.Append(')').ToString());
        }
        finally
        {
            ContainerHelpers.ReprLeave(p);
        }
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("func", static self => ((PyPartial)self).Func, "function object to use in future partial calls");
        type.AddReadonlyMember("args", static self => ((PyPartial)self).PartialArgs, "tuple of arguments to future partial calls");
        type.AddReadonlyMember("keywords", static self => ((PyPartial)self).Keywords, "dictionary of keyword arguments to future partial calls");
        type.AddGetter("__dict__", static self => ((PyPartial)self).Dict ??= new PyDict(), static (self, value) =>
        {
            if (value is not PyDict d)
            {
                PyErr.TypeError(value is null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                return false;
            }

            ((PyPartial)self).Dict = d;
            return true;
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("partial.__reduce__", args, kw))
            {
                return null;
            }

            var p = (PyPartial)self;
            PyObject keywords = p.Keywords.Count == 0 ? PyNone.Instance : p.Keywords;
            PyObject dict = p.Dict is { Count: > 0 } d ? d : PyNone.Instance;
            return new PyTuple([p.Type, PyTuple.Create(p.Func), new PyTuple([p.Func, p.PartialArgs, keywords, dict])]);
        });
        type.AddMethod("__setstate__", SetState);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }

    private static PyObject? SetState(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("partial.__setstate__", args, kw))
        {
            return null;
        }

        if (args[0] is not PyTuple state)
        {
            return PyErr.TypeError("argument to __setstate__ must be a tuple");
        }

        if (state.Count != 4)
        {
            return PyErr.TypeError("invalid partial state");
        }

        var (fn, fnargs, fnkw, dict) = (state[0], state[1], state[2], state[3]);
        if (fn.Type.Call is null || fnargs is not PyTuple t || (fnkw is not PyNone && fnkw is not PyDict))
        {
            return PyErr.TypeError("invalid partial state");
        }

        var p = (PyPartial)self;
        p.Func = fn;
        p.PartialArgs = ReferenceEquals(t.Type, PyTuple.TypeObject) ? t : new PyTuple((PyObject[])t.Items.Clone());
        p.Keywords = fnkw is PyDict kd ? (ReferenceEquals(kd.Type, PyDict.TypeObject) ? kd : kd.Copy()) : new PyDict();
        p.Dict = dict is PyDict dd ? dd : null;
        return PyNone.Instance;
    }
}
