using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The iterator over a str (Objects/unicodeobject.c unicodeiter): named
/// <c>str_ascii_iterator</c> for an ASCII str and <c>str_iterator</c>
/// otherwise, as in CPython 3.11.
/// </summary>
public sealed class PyStrIterator : PyObject
{
    public static readonly PyType AsciiTypeObject = PyType.CreateBuiltin("str_ascii_iterator", null, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyType TypeObject = PyType.CreateBuiltin("str_iterator", null, TypeFlags.None, InitSlots, InitMembers);

    private PyStr? _str;
    private int _index;

    public PyStrIterator(PyStr str)
        : base(str.IsAscii ? AsciiTypeObject : TypeObject)
    {
        _str = str;
    }

    /// <summary>The next one-character str, or null at the end.</summary>
    public PyObject? NextItem()
    {
        var s = _str;
        if (s is null)
        {
            return null;
        }

        if (_index < s.Length)
        {
            return PyStr.FromCodePoint(s.CodePointAt(_index++));
        }

        _str = null;
        return null;
    }

    private static void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Next = static self => ((PyStrIterator)self).NextItem();
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kwnames) =>
        {
            if (!Args.NoArgs("__length_hint__", args, kwnames))
            {
                return null;
            }

            var it = (PyStrIterator)self;
            return PyInt.From(it._str is null ? 0 : it._str.Length - it._index);
        });
    }
}
