using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Hashing;

/// <summary>
/// The <c>_sha3</c> module (Modules/_sha3/sha3module.c): the types sha3_224,
/// sha3_256, sha3_384, sha3_512, shake_128 and shake_256, each called as
/// <c>T(data=b'', /, *, usedforsecurity=True)</c>.
/// </summary>
public static class Sha3Module
{
    internal static readonly PyType Sha3_224Type = Create("sha3_224", 144, 28);
    internal static readonly PyType Sha3_256Type = Create("sha3_256", 136, 32);
    internal static readonly PyType Sha3_384Type = Create("sha3_384", 104, 48);
    internal static readonly PyType Sha3_512Type = Create("sha3_512", 72, 64);
    internal static readonly PyType Shake128Type = Create("shake_128", 168, 0);
    internal static readonly PyType Shake256Type = Create("shake_256", 136, 0);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_sha3", "");
        foreach (var type in (PyType[])[Sha3_224Type, Sha3_256Type, Sha3_384Type, Sha3_512Type, Shake128Type, Shake256Type])
        {
            module.AddType(type);
        }

        // What 3.11's module reports for the Keccak code it was built with.
        module.Dict.SetItemStr("implementation", new PyStr("tiny_sha3"));
        module.Dict.SetItemStr("keccakopt", PyInt.From(0));
        return module;
    }

    private static PyType Create(string name, int rate, int digestSize)
    {
        var spec = new ArgSpec(name, ["data", "usedforsecurity"], posOnly: 1, maxPositional: 1);
        byte suffix = digestSize == 0 ? (byte)0x1f : (byte)0x06;
        return HashTypes.Create(name, "_sha3", extendable: digestSize == 0, (type, args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[2];
            if (!spec.Parse(args, kw, slots) || HashArgs.Bool(slots[1], true) < 0)
            {
                return null;
            }

            var hash = new PyHash(type, new KeccakEngine(rate, digestSize, suffix));
            return slots[0] is { } data && !hash.Update(data) ? null : hash;
        }, type =>
        {
            type.AddGetter("_capacity_bits", static self => PyInt.From(1600 - (((PyHash)self).Engine.BlockSize * 8)));
            type.AddGetter("_rate_bits", static self => PyInt.From(((PyHash)self).Engine.BlockSize * 8));
            type.AddGetter("_suffix", static self => new PyBytes([((KeccakEngine)((PyHash)self).Engine).Suffix]));
        });
    }
}
