using System.Numerics;
using System.Security.Cryptography;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Random;

/// <summary>
/// <c>_random.Random</c> (Modules/_randommodule.c): the Mersenne Twister
/// MT19937 with CPython's seeding (an int by the 32-bit words of its absolute
/// value through init_by_array, anything else by its hash, None by 624 words
/// of urandom), 53-bit <c>random()</c> and any-width <c>getrandbits</c>.
/// </summary>
public class PyRandom : PyObject
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    public static readonly PyType TypeObject = PyType.CreateBuiltin("Random", null, TypeFlags.BaseType, static t =>
    {
        t.New = static (type, args, kw) => ReferenceEquals(type, TypeObject) ? new PyRandom(type) : new PyRandomSubclass(type);
        t.Init = Init;
    }, InitMembers, "_random");

    private readonly uint[] _state = new uint[N];
    private int _index = N + 1;

    protected PyRandom(PyType type)
        : base(type)
    {
    }

    /// <summary>random_init: keywords are refused unless a subclass has its own __init__.</summary>
    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = ModuleHelpers.KeywordCount(kwnames);
        if ((ReferenceEquals(self.Type, TypeObject) || ReferenceEquals(self.Type.Init, TypeObject.Init)) && !Args.NoKeywords("Random", kwnames))
        {
            return false;
        }

        int npos = args.Length - nkw;
        if (npos > 1)
        {
            PyErr.TypeError("Random() requires 0 or 1 argument");
            return false;
        }

        return ((PyRandom)self).Seed(npos == 1 ? args[0] : null);
    }

    /// <summary>random_seed: false with an error pending when the seed cannot be hashed.</summary>
    private bool Seed(PyObject? arg)
    {
        if (arg is null or PyNone)
        {
            var bytes = new byte[N * 4];
            RandomNumberGenerator.Fill(bytes);
            var key = new uint[N];
            Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
            InitByArray(key);
            return true;
        }

        BigInteger n;
        if (arg is PyInt i)
        {
            // int.__abs__ for a subclass too: its own __abs__ is not called (bpo-31478).
            n = BigInteger.Abs(i.ToBigInteger());
        }
        else
        {
            long hash = PyOps.Hash(arg);
            if (hash == -1 && PyErr.Occurred)
            {
                return false;
            }

            n = new BigInteger((ulong)hash);
        }

        long bits = n.IsZero ? 0 : (long)n.GetBitLength();
        int keyUsed = bits == 0 ? 1 : (int)(((bits - 1) / 32) + 1);
        var keyWords = new uint[keyUsed];
        var raw = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int b = 0; b < raw.Length && b < keyUsed * 4; b++)
        {
            keyWords[b / 4] |= (uint)raw[b] << (8 * (b % 4));
        }

        InitByArray(keyWords);
        return true;
    }

    private void InitGenRand(uint s)
    {
        var mt = _state;
        mt[0] = s;
        for (int i = 1; i < N; i++)
        {
            mt[i] = (1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30))) + (uint)i;
        }

        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        var mt = _state;
        InitGenRand(19650218U);
        int i = 1;
        int j = 0;
        int keyLength = key.Length;
        for (int k = System.Math.Max(N, keyLength); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }

            if (j >= keyLength)
            {
                j = 0;
            }
        }

        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }

        mt[0] = 0x80000000U;
    }

    private uint GenRandUInt32()
    {
        var mt = _state;
        if (_index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }

            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }

            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }

        uint r = mt[_index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680U;
        r ^= (r << 15) & 0xefc60000U;
        r ^= r >> 18;
        return r;
    }

    private double NextDouble()
    {
        uint a = GenRandUInt32() >> 5;
        uint b = GenRandUInt32() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    private PyObject? GetRandBits(PyObject arg)
    {
        if (arg is PyFloat)
        {
            return PyErr.TypeError("'float' object cannot be interpreted as an integer");
        }

        if (!PyLong.AsInt(arg, out int k))
        {
            return null;
        }

        if (k < 0)
        {
            return PyErr.ValueError("number of bits must be non-negative");
        }

        if (k == 0)
        {
            return PyInt.Zero;
        }

        if (k <= 32)
        {
            return PyInt.From(GenRandUInt32() >> (32 - k));
        }

        int words = ((k - 1) / 32) + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = GenRandUInt32();
            if (k < 32)
            {
                r >>= 32 - k;
            }

            bytes[4 * i] = (byte)r;
            bytes[(4 * i) + 1] = (byte)(r >> 8);
            bytes[(4 * i) + 2] = (byte)(r >> 16);
            bytes[(4 * i) + 3] = (byte)(r >> 24);
        }

        return PyInt.From(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    private PyObject GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++)
        {
            items[i] = PyInt.From((long)_state[i]);
        }

        items[N] = PyInt.From(_index);
        return new PyTuple(items);
    }

    private PyObject? SetState(PyObject state)
    {
        if (state is not PyTuple t)
        {
            return PyErr.TypeError("state vector must be a tuple");
        }

        if (t.Count != N + 1)
        {
            return PyErr.ValueError("state vector is the wrong size");
        }

        var fresh = new uint[N];
        for (int i = 0; i < N; i++)
        {
            if (!AsUnsignedLong(t[i], out ulong element))
            {
                return null;
            }

            fresh[i] = (uint)element;
        }

        if (!PyLong.AsLong(t[N], out long index))
        {
            return null;
        }

        if (index is < 0 or > N)
        {
            return PyErr.ValueError("invalid state");
        }

        _index = (int)index;
        fresh.CopyTo(_state, 0);
        return PyNone.Instance;
    }

    /// <summary>PyLong_AsUnsignedLong, which takes only ints (no __index__).</summary>
    private static bool AsUnsignedLong(PyObject o, out ulong value)
    {
        value = 0;
        if (o is not PyInt i)
        {
            PyErr.TypeError("an integer is required");
            return false;
        }

        if (i.Sign < 0)
        {
            PyErr.OverflowError("can't convert negative value to unsigned int");
            return false;
        }

        var big = i.ToBigInteger();
        if (big > ulong.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C unsigned long");
            return false;
        }

        value = (ulong)big;
        return true;
    }

    private static void InitMembers(PyType type)
    {
        type.Dict.SetItemStr("__module__", new PyStr("_random"));
        type.AddMethod("random", static (self, args, kw) =>
            Args.NoArgs("Random.random", args, kw) ? new PyFloat(((PyRandom)self).NextDouble()) : null, "random() -> x in the interval [0, 1).");
        type.AddMethod("seed", static (self, args, kw) =>
        {
            if (!Args.Positional("seed", "Random.seed", args, kw, 0, 1))
            {
                return null;
            }

            return ((PyRandom)self).Seed(args.Length == 1 ? args[0] : null) ? PyNone.Instance : null;
        }, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.");
        type.AddMethod("getstate", static (self, args, kw) =>
            Args.NoArgs("Random.getstate", args, kw) ? ((PyRandom)self).GetState() : null, "getstate() -> tuple containing the current state.");
        type.AddMethod("setstate", static (self, args, kw) =>
            Args.ExactlyOne("Random.setstate", args, kw) ? ((PyRandom)self).SetState(args[0]) : null, "setstate(state) -> None.  Restores generator state.");
        type.AddMethod("getrandbits", static (self, args, kw) =>
            Args.ExactlyOne("Random.getrandbits", args, kw) ? ((PyRandom)self).GetRandBits(args[0]) : null, "getrandbits(k) -> x.  Generates an int with k random bits.");
    }
}

/// <summary>An instance of a Python subclass of Random (random.Random is one).</summary>
public sealed class PyRandomSubclass : PyRandom, IInstanceDict
{
    public PyRandomSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
