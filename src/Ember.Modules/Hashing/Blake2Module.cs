using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Hashing;

/// <summary>
/// The <c>_blake2</c> module (Modules/_blake2/blake2module.c, blake2b_impl.c
/// and blake2s_impl.c): the blake2b and blake2s types with the whole
/// parameter block (digest size, key, salt, personalization and the tree
/// parameters) and the size constants.
/// </summary>
public static class Blake2Module
{
    private sealed record Variant(string Name, int WordBytes, int MaxDigest, int MaxKey, int SaltSize, int PersonSize, ulong MaxNodeOffset);

    private static readonly Variant s_b = new("blake2b", 8, 64, 64, 16, 16, ulong.MaxValue);
    private static readonly Variant s_s = new("blake2s", 4, 32, 32, 8, 8, 0xFFFF_FFFF_FFFF);

    private static readonly ulong[] s_ivB = Sha512Engine.InitialValue512.ToArray();
    private static readonly uint[] s_ivS = Sha256Engine.InitialValue256.ToArray();

    internal static readonly PyType Blake2bType = Create(s_b);
    internal static readonly PyType Blake2sType = Create(s_s);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_blake2", "_blake2b provides BLAKE2b for hashlib\n");
        module.AddType(Blake2bType);
        module.AddType(Blake2sType);
        foreach (var (prefix, v) in (ReadOnlySpan<(string, Variant)>)[("BLAKE2B", s_b), ("BLAKE2S", s_s)])
        {
            module.Dict.SetItemStr(prefix + "_SALT_SIZE", PyInt.From(v.SaltSize));
            module.Dict.SetItemStr(prefix + "_PERSON_SIZE", PyInt.From(v.PersonSize));
            module.Dict.SetItemStr(prefix + "_MAX_KEY_SIZE", PyInt.From(v.MaxKey));
            module.Dict.SetItemStr(prefix + "_MAX_DIGEST_SIZE", PyInt.From(v.MaxDigest));
        }

        return module;
    }

    private static PyType Create(Variant v)
    {
        var spec = new ArgSpec(v.Name, ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"], posOnly: 1, maxPositional: 1);
        return HashTypes.Create(v.Name, "_blake2", extendable: false, (type, args, kw) => New(v, spec, type, args, kw), type =>
        {
            type.Dict.SetItemStr("SALT_SIZE", PyInt.From(v.SaltSize));
            type.Dict.SetItemStr("PERSON_SIZE", PyInt.From(v.PersonSize));
            type.Dict.SetItemStr("MAX_KEY_SIZE", PyInt.From(v.MaxKey));
            type.Dict.SetItemStr("MAX_DIGEST_SIZE", PyInt.From(v.MaxDigest));
        });
    }

    private static bool IntArg(PyObject? o, int defaultValue, out int value)
    {
        if (o is null)
        {
            value = defaultValue;
            return true;
        }

        return PyLong.AsInt(o, out value);
    }

    private static bool BufferArg(PyObject? o, out byte[] value)
    {
        value = [];
        if (o is null)
        {
            return true;
        }

        if (!HashArgs.Buffer(o, out var span))
        {
            return false;
        }

        value = span.ToArray();
        return true;
    }

    /// <summary>
    /// py_blake2b_new: every argument converted in order first (Argument Clinic),
    /// then the range checks in the order the C code makes them, then the data.
    /// </summary>
    private static PyObject? New(Variant v, ArgSpec spec, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[13];
        if (!spec.Parse(args, kwnames, a))
        {
            return null;
        }

        ulong leafSize = 0, nodeOffset = 0;
        if (!IntArg(a[1], v.MaxDigest, out int digestSize)
            || !BufferArg(a[2], out var key)
            || !BufferArg(a[3], out var salt)
            || !BufferArg(a[4], out var person)
            || !IntArg(a[5], 1, out int fanout)
            || !IntArg(a[6], 1, out int depth)
            || (a[7] is { } leaf && !HashArgs.Unsigned(leaf, ulong.MaxValue, "Python int too large to convert to C unsigned long", out leafSize))
            || (a[8] is { } offset && !HashArgs.Unsigned(offset, ulong.MaxValue, "int too big to convert", out nodeOffset))
            || !IntArg(a[9], 0, out int nodeDepth)
            || !IntArg(a[10], 0, out int innerSize))
        {
            return null;
        }

        int lastNode = HashArgs.Bool(a[11], false);
        if (lastNode < 0 || HashArgs.Bool(a[12], true) < 0)
        {
            return null;
        }

        if (digestSize <= 0 || digestSize > v.MaxDigest)
        {
            return PyErr.ValueError($"digest_size must be between 1 and {v.MaxDigest} bytes");
        }

        if (salt.Length > v.SaltSize)
        {
            return PyErr.ValueError($"maximum salt length is {v.SaltSize} bytes");
        }

        if (person.Length > v.PersonSize)
        {
            return PyErr.ValueError($"maximum person length is {v.PersonSize} bytes");
        }

        if (fanout is < 0 or > 255)
        {
            return PyErr.ValueError("fanout must be between 0 and 255");
        }

        if (depth is <= 0 or > 255)
        {
            return PyErr.ValueError("depth must be between 1 and 255");
        }

        if (leafSize > uint.MaxValue)
        {
            return PyErr.OverflowError("leaf_size is too large");
        }

        if (nodeOffset > v.MaxNodeOffset)
        {
            return PyErr.OverflowError("node_offset is too large");
        }

        if (nodeDepth is < 0 or > 255)
        {
            return PyErr.ValueError("node_depth must be between 0 and 255");
        }

        if (innerSize < 0 || innerSize > v.MaxDigest)
        {
            return PyErr.ValueError($"inner_size must be between 0 and is {v.MaxDigest}");
        }

        if (key.Length > v.MaxKey)
        {
            return PyErr.ValueError($"maximum key length is {v.MaxKey} bytes");
        }

        var p = new Blake2Parameters(digestSize, key.Length, fanout, depth, (uint)leafSize, nodeOffset, nodeDepth, innerSize, salt, person, lastNode != 0);
        HashEngine engine = v.WordBytes == 8 ? new Blake2Engine<ulong>(s_ivB, p, key) : new Blake2Engine<uint>(s_ivS, p, key);
        var hash = new PyHash(type, engine);
        return a[0] is { } data && !hash.Update(data) ? null : hash;
    }
}
