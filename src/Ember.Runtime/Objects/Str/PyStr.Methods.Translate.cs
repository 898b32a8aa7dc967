using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>str.translate and str.maketrans (Objects/unicodeobject.c _PyUnicode_TranslateCharmap, unicode_maketrans_impl).</summary>
public partial class PyStr
{
    private static PyObject? Translate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("str.translate", args, kwnames))
        {
            return null;
        }

        var s = (PyStr)self;
        var table = args[0];
        var cb = new CodePointBuilder(s.Value.Length);

        // Each distinct code point is looked up once (CPython caches ASCII results the same way).
        Dictionary<int, PyObject?>? cache = null;
        foreach (int c in s.EnumerateCodePoints())
        {
            cache ??= new Dictionary<int, PyObject?>();
            if (!cache.TryGetValue(c, out var mapped))
            {
                mapped = PySequence.GetItem(table, PyInt.From(c));
                if (mapped is null)
                {
                    if (!PyErr.Clear(PyExc.LookupError))
                    {
                        return null;
                    }

                    mapped = PyInt.From(c);
                }
                else if (mapped is PyInt i)
                {
                    if (!i.IsSmall || i.Small < 0 || i.Small > 0x10FFFF)
                    {
                        return PyErr.ValueError("character mapping must be in range(0x110000)");
                    }
                }
                else if (mapped is not PyStr && !ReferenceEquals(mapped, PyNone.Instance))
                {
                    return PyErr.TypeError("character mapping must return integer, None or str");
                }

                cache[c] = mapped;
            }

            switch (mapped)
            {
                case PyInt i:
                    cb.Add((int)i.Small);
                    break;
                case PyStr str:
                    cb.Add(str);
                    break;
            }
        }

        return cb.ToPyStr();
    }

    private static PyObject? MakeTrans(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("maketrans", args, kwnames, 1, 3))
        {
            return null;
        }

        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] is not PyStr)
            {
                return PyErr.TypeError($"maketrans() argument {i + 1} must be str, not {StrArgs.TypeNameForError(args[i])}");
            }
        }

        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict dict)
            {
                return PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            }

            int pos = 0;
            while (dict.Next(ref pos, out var key, out var value))
            {
                if (key is PyStr ks)
                {
                    if (ks.Length != 1)
                    {
                        return PyErr.ValueError("string keys in translate table must be of length 1");
                    }

                    key = PyInt.From(ks.CodePointAt(0));
                }
                else if (key is not PyInt)
                {
                    return PyErr.TypeError("keys in translate table must be strings or integers");
                }

                if (!result.SetItem(key, value))
                {
                    return null;
                }
            }

            return result;
        }

        if (args[0] is not PyStr x)
        {
            return PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        }

        var y = (PyStr)args[1];
        if (x.Length != y.Length)
        {
            return PyErr.ValueError("the first two maketrans arguments must have equal length");
        }

        for (int i = 0; i < x.Length; i++)
        {
            result.SetItem(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
        }

        if (args.Length == 3)
        {
            var z = (PyStr)args[2];
            for (int i = 0; i < z.Length; i++)
            {
                result.SetItem(PyInt.From(z.CodePointAt(i)), PyNone.Instance);
            }
        }

        return result;
    }
}
