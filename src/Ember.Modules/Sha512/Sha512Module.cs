using System.Security.Cryptography;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Modules.Sha512;

/// <summary>
/// The <c>_sha512</c> module (Modules/sha512module.c): <c>sha384</c> and
/// <c>sha512</c> hash objects over .NET's incremental SHA-2. random.py takes
/// its string-seed hash from here before it falls back to hashlib.
/// </summary>
public static class Sha512Module
{
    public static readonly PyType Sha512Type = CreateType("sha512", HashAlgorithmName.SHA512, 64);

    public static readonly PyType Sha384Type = CreateType("sha384", HashAlgorithmName.SHA384, 48);

    public static PyModule Create(Ember.Runtime.Threading.PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_sha512", "");
        // 3.11 exports the sha384 type only, under this name.
        module.Dict.SetItemStr("SHA384Type", Sha384Type);
        module.AddFunction("sha512", static (args, kw) => New(Sha512Type, "sha512", args, kw));
        module.AddFunction("sha384", static (args, kw) => New(Sha384Type, "sha384", args, kw));
        return module;
    }

    private static PyType CreateType(string name, HashAlgorithmName algorithm, int digestSize) =>
        PyType.CreateBuiltin(name, null, TypeFlags.None, null, type =>
        {
            type.AddMethod("update", static (self, args, kw) =>
            {
                if (!Args.ExactlyOne(self, "update", args, kw))
                {
                    return null;
                }

                return ((PyShaHash)self).Update(args[0]) ? PyNone.Instance : null;
            });
            type.AddMethod("digest", static (self, args, kw) =>
                Args.NoArgs(self, "digest", args, kw) ? new PyBytes(((PyShaHash)self).Digest()) : null);
            type.AddMethod("hexdigest", static (self, args, kw) =>
                Args.NoArgs(self, "hexdigest", args, kw) ? new PyStr(Convert.ToHexStringLower(((PyShaHash)self).Digest())) : null);
            type.AddMethod("copy", static (self, args, kw) =>
                Args.NoArgs(self, "copy", args, kw) ? ((PyShaHash)self).Copy() : null);
            type.AddGetter("name", static self => new PyStr(self.Type.Name));
            type.AddGetter("digest_size", static self => PyInt.From(((PyShaHash)self).DigestSize));
            type.AddGetter("block_size", static self => PyInt.From(128));
        }, "_sha512");

    private static readonly ArgSpec s_sha512Spec = new("sha512", ["string", "usedforsecurity"], maxPositional: 1);
    private static readonly ArgSpec s_sha384Spec = new("sha384", ["string", "usedforsecurity"], maxPositional: 1);

    /// <summary>sha512(string=b'', *, usedforsecurity=True).</summary>
    private static PyObject? New(PyType type, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!(name == "sha512" ? s_sha512Spec : s_sha384Spec).Parse(args, kwnames, slots))
        {
            return null;
        }

        var algorithm = ReferenceEquals(type, Sha512Type) ? HashAlgorithmName.SHA512 : HashAlgorithmName.SHA384;
        var hash = new PyShaHash(type, IncrementalHash.CreateHash(algorithm), ReferenceEquals(type, Sha512Type) ? 64 : 48);
        if (slots[0] is { } data && !hash.Update(data))
        {
            return null;
        }

        return hash;
    }
}

/// <summary>A SHA-2 hash object: the running state and its digest size.</summary>
internal sealed class PyShaHash : PyObject
{
    private readonly IncrementalHash _hash;

    public PyShaHash(PyType type, IncrementalHash hash, int digestSize)
        : base(type)
    {
        _hash = hash;
        DigestSize = digestSize;
    }

    public int DigestSize { get; }

    /// <summary>update(data): bytes-like objects only ("Strings must be encoded before hashing").</summary>
    public bool Update(PyObject data)
    {
        if (data is PyStr)
        {
            PyErr.TypeError("Strings must be encoded before hashing");
            return false;
        }

        if (!BytesLike.TryGetBytes(data, out var bytes))
        {
            PyErr.TypeError("object supporting the buffer API required");
            return false;
        }

        lock (_hash)
        {
            _hash.AppendData(bytes);
        }

        return true;
    }

    public byte[] Digest()
    {
        lock (_hash)
        {
            return _hash.GetCurrentHash();
        }
    }

    public PyShaHash Copy()
    {
        lock (_hash)
        {
            return new PyShaHash(Type, _hash.Clone(), DigestSize);
        }
    }
}
