using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Hashing;

/// <summary>
/// A hash object of the builtin hash modules (Modules/md5module.c,
/// sha1module.c, sha256module.c, sha512module.c, _sha3/sha3module.c,
/// _blake2/blake2b_impl.c): an engine behind a lock, so that threads sharing
/// one object see each update whole.
/// </summary>
internal sealed class PyHash : PyObject
{
    private readonly HashEngine _engine;

    public PyHash(PyType type, HashEngine engine)
        : base(type)
    {
        _engine = engine;
    }

    public HashEngine Engine => _engine;

    /// <summary>update(data): false with CPython's TypeError or BufferError pending for anything but a buffer.</summary>
    public bool Update(PyObject data)
    {
        if (!HashArgs.DataBuffer(data, out var bytes))
        {
            return false;
        }

        lock (_engine)
        {
            _engine.Update(bytes);
        }

        return true;
    }

    public byte[] Digest(int length)
    {
        lock (_engine)
        {
            return _engine.Digest(length);
        }
    }

    public PyHash Copy()
    {
        lock (_engine)
        {
            return new PyHash(Type, _engine.Clone());
        }
    }
}

/// <summary>The argument conversions the hash modules share, with CPython's messages.</summary>
internal static class HashArgs
{
    /// <summary>GET_BUFFER_VIEW_OR_ERROR (Modules/hashlib.h): the data to hash.</summary>
    public static bool DataBuffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (o is PyStr)
        {
            data = default;
            PyErr.TypeError("Strings must be encoded before hashing");
            return false;
        }

        if (o is PyMemoryView mv)
        {
            return mv.GetSimpleBuffer(out data);
        }

        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError("object supporting the buffer API required");
        return false;
    }

    /// <summary>Argument Clinic's Py_buffer converter: "a bytes-like object is required, not 'str'".</summary>
    public static bool Buffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (o is PyMemoryView mv)
        {
            return mv.GetSimpleBuffer(out data);
        }

        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    /// <summary>_PyLong_UnsignedLong_Converter and its long long twin: ints only, not negative, within <paramref name="max"/>.</summary>
    public static bool Unsigned(PyObject o, ulong max, string overflowMessage, out ulong value)
    {
        value = 0;
        if (o is not PyInt i)
        {
            PyErr.TypeError("an integer is required");
            return false;
        }

        if (i.Sign < 0)
        {
            PyErr.ValueError("value must be positive");
            return false;
        }

        var big = i.ToBigInteger();
        if (big > max)
        {
            PyErr.OverflowError(overflowMessage);
            return false;
        }

        value = (ulong)big;
        return true;
    }

    /// <summary>The 'bool' converter (PyObject_IsTrue); -1 with an error pending.</summary>
    public static int Bool(PyObject? o, bool defaultValue) => o is null ? (defaultValue ? 1 : 0) : PyOps.IsTrue(o);
}

/// <summary>Where the C modules' hash types differ from one another in ways a program can see.</summary>
[Flags]
internal enum HashTypeStyle
{
    None = 0,

    /// <summary>copy() is an Argument Clinic method with the defining class: "copy() takes no arguments".</summary>
    CopyTakesDefiningClass = 1,

    /// <summary>digest_size is a read-only member ("readonly attribute"), not a getter.</summary>
    DigestSizeMember = 2,
}

/// <summary>Builds the hash types: the object API every builtin hash module shares.</summary>
internal static class HashTypes
{
    /// <summary>
    /// A hash type <paramref name="module"/>.<paramref name="name"/> with update, digest,
    /// hexdigest, copy, name, digest_size and block_size; <paramref name="extendable"/>
    /// gives SHAKE's digest(length) and hexdigest(length); <paramref name="style"/> the
    /// details in which CPython's modules differ.
    /// </summary>
    public static PyType Create(string name, string module, bool extendable, NewSlot? newSlot = null, Action<PyType>? members = null, HashTypeStyle style = HashTypeStyle.None) =>
        PyType.CreateBuiltin(name, null, TypeFlags.None, type =>
        {
            if (newSlot is not null)
            {
                type.New = newSlot;
            }
        }, type =>
        {
            type.AddMethod("update", static (self, args, kw) =>
                Args.ExactlyOne(self, "update", args, kw) && ((PyHash)self).Update(args[0]) ? PyNone.Instance : null);
            if (extendable)
            {
                type.AddMethod("digest", static (self, args, kw) =>
                    Args.ExactlyOne(self, "digest", args, kw) && XofLength(args[0], out int n) ? new PyBytes(((PyHash)self).Digest(n)) : null);
                type.AddMethod("hexdigest", static (self, args, kw) =>
                    Args.ExactlyOne(self, "hexdigest", args, kw) && XofLength(args[0], out int n) ? new PyStr(Convert.ToHexStringLower(((PyHash)self).Digest(n))) : null);
            }
            else
            {
                type.AddMethod("digest", static (self, args, kw) =>
                    Args.NoArgs(self, "digest", args, kw) ? new PyBytes(FixedDigest(self)) : null);
                type.AddMethod("hexdigest", static (self, args, kw) =>
                    Args.NoArgs(self, "hexdigest", args, kw) ? new PyStr(Convert.ToHexStringLower(FixedDigest(self))) : null);
            }

            if ((style & HashTypeStyle.CopyTakesDefiningClass) != 0)
            {
                type.AddMethod("copy", static (self, args, kw) =>
                    args.Length == 0 ? ((PyHash)self).Copy() : PyErr.TypeError("copy() takes no arguments"));
            }
            else
            {
                type.AddMethod("copy", static (self, args, kw) =>
                    Args.NoArgs(self, "copy", args, kw) ? ((PyHash)self).Copy() : null);
            }

            type.AddGetter("name", static self => new PyStr(self.Type.Name));
            if ((style & HashTypeStyle.DigestSizeMember) != 0)
            {
                type.AddReadonlyMember("digest_size", static self => PyInt.From(((PyHash)self).Engine.DigestSize));
            }
            else
            {
                type.AddGetter("digest_size", static self => PyInt.From(((PyHash)self).Engine.DigestSize));
            }

            type.AddGetter("block_size", static self => PyInt.From(((PyHash)self).Engine.BlockSize));
            members?.Invoke(type);
        }, module);

    private static byte[] FixedDigest(PyObject self)
    {
        var hash = (PyHash)self;
        return hash.Digest(hash.Engine.DigestSize);
    }

    /// <summary>SHAKE's length: an unsigned long below 2**29 (_SHAKE_digest).</summary>
    private static bool XofLength(PyObject o, out int length)
    {
        length = 0;
        if (!HashArgs.Unsigned(o, ulong.MaxValue, "Python int too large to convert to C unsigned long", out ulong value))
        {
            return false;
        }

        if (value >= 1 << 29)
        {
            PyErr.ValueError("length is too large");
            return false;
        }

        length = (int)value;
        return true;
    }

    /// <summary>
    /// The module-level constructors of _md5, _sha1, _sha256 and _sha512:
    /// <c>name(string=b'', *, usedforsecurity=True)</c>.
    /// </summary>
    public static PyObject? NewFromFunction(ArgSpec spec, PyType type, Func<HashEngine> engine, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!spec.Parse(args, kwnames, slots) || HashArgs.Bool(slots[1], true) < 0)
        {
            return null;
        }

        var hash = new PyHash(type, engine());
        return slots[0] is { } data && !hash.Update(data) ? null : hash;
    }
}
