using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>bytes</c> (Objects/bytesobject.c): an immutable sequence of
/// bytes. The compiler's bytes constants (byte[]) become these; the methods
/// they share with bytearray live in <see cref="BytesMethods"/>.
/// </summary>
public partial class PyBytes : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "bytes", null, TypeFlags.BaseType | TypeFlags.BytesSubclass, InitSlots, InitMembers);

    public static readonly PyBytes Empty = new([]);

    private static readonly PyBytes[] s_single = CreateSingles();

    /// <summary>The bytes; never modified after construction.</summary>
    public readonly byte[] Data;

    // 0 = not computed yet.
    private long _hash;

    /// <summary>Wraps <paramref name="data"/> without copying: the caller gives up the array.</summary>
    public PyBytes(byte[] data)
        : base(TypeObject)
    {
        Data = data;
    }

    /// <summary>An instance of a bytes subclass.</summary>
    protected PyBytes(PyType type, byte[] data)
        : base(type)
    {
        Data = data;
    }

    public int Length => Data.Length;

    /// <summary>A bytes object with a copy of <paramref name="data"/> (shared for length 0 and 1).</summary>
    public static PyBytes From(ReadOnlySpan<byte> data) => data.Length switch
    {
        0 => Empty,
        1 => s_single[data[0]],
        _ => new PyBytes(data.ToArray()),
    };

    public static PyBytes FromByte(byte b) => s_single[b];

    /// <summary>hash(b): CPython's (<see cref="Hashing.PyHash"/>), equal to the hash of the str with the same Latin-1 text.</summary>
    public long Hash
    {
        get
        {
            long h = _hash;
            if (h == 0)
            {
                h = ComputeHash(Data);
                _hash = h;
            }

            return h;
        }
    }

    public static long ComputeHash(ReadOnlySpan<byte> data) => Hashing.PyHash.HashBytes(data);

    private static PyBytes[] CreateSingles()
    {
        var table = new PyBytes[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new PyBytes([(byte)i]);
        }

        return table;
    }

    public override string ToString() => Ember.Syntax.Text.PyRepr.Bytes(Data);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>An instance of a Python subclass of bytes.</summary>
public sealed class PyBytesSubclass : PyBytes, IInstanceDict
{
    public PyBytesSubclass(PyType type, byte[] data)
        : base(type, data)
    {
    }

    public PyDict? Dict { get; set; }
}
