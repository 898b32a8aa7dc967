using System.Globalization;
using Ember.Runtime.Objects;
using Xunit;

namespace Ember.Runtime.Tests.Containers;

/// <summary>
/// The set table against CPython's: the same operations on ints (CPython) and
/// on keys with the ints' hashes (Ember) must leave the same iteration order,
/// pop the same items and give frozensets the same hash.
/// </summary>
public sealed class SetTableTests
{
    // Each line: "a v h" add, "d v h" discard, "p v" pop (v is what CPython popped), "= v..." the final order, "h x" frozenset hash.
    private const string Script = """
import random, sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
for seed in range(12):
    rnd = random.Random(seed)
    s = set()
    out = []
    pool = [rnd.choice([rnd.randrange(-50, 400), rnd.randrange(-2**62, 2**62), rnd.randrange(0, 64) * 8]) for _ in range(rnd.randrange(5, 300))]
    for step in range(rnd.randrange(10, 600)):
        r = rnd.random()
        v = rnd.choice(pool)
        if r < 0.7:
            s.add(v); out.append(f"a {v} {hash(v)}")
        elif r < 0.95:
            s.discard(v); out.append(f"d {v} {hash(v)}")
        elif s:
            out.append(f"p {s.pop()}")
    out.append("= " + " ".join(map(str, s)))
    out.append(f"h {hash(frozenset(s))}")
    print("|".join(out))
""";

    private static readonly Lazy<string[]> s_cases = new(() => C.Oracle(Script));

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < 12; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeededAddDiscardPopSequencesIterateAndHashAsCPythonDoes(int seed)
    {
        C.Enter();
        var lines = s_cases.Value[seed].Split('|');
        var set = new PySet();
        var frozen = new PyFrozenSet();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "a":
                    Assert.True(set.Add(new Key(long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture))), C.Pending());
                    break;
                case "d":
                    Assert.True(set.DiscardKey(new Key(long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture))) >= 0);
                    break;
                case "p":
                    var popped = (Key)C.Call(set, "pop")!;
                    Assert.Equal(long.Parse(parts[1], CultureInfo.InvariantCulture), popped.Value);
                    break;
                case "=":
                    var expected = parts.Skip(1).Select(static p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                    Assert.Equal(expected, C.Values(set));
                    frozen = (PyFrozenSet)Protocols.PyCall.Call(PyFrozenSet.TypeObject, set)!;
                    break;
                case "h":
                    Assert.Equal(long.Parse(parts[1], CultureInfo.InvariantCulture), Protocols.PyOps.Hash(frozen));
                    break;
            }
        }
    }

    [Fact]
    public void SetOperationsGiveCPythonsOrder()
    {
        C.Enter();
        var lines = C.Oracle("""
a = set([5, 13, 21, 100, -3, 7, 64, 1 << 40])
b = set([13, 7, 8, 16, 24, 100, 2])
for r in (a | b, a & b, b & a, a - b, b - a, a ^ b, b ^ a, a.union([99, 3], (4,)), a.intersection([7, 5, 7, 13])):
    print(" ".join(map(str, r)))
""");
        long[] av = [5, 13, 21, 100, -3, 7, 64, 1L << 40];
        long[] bv = [13, 7, 8, 16, 24, 100, 2];
        var a = new PySet();
        var b = new PySet();
        foreach (var v in av)
        {
            a.Add(new Key(v));
        }

        foreach (var v in bv)
        {
            b.Add(new Key(v));
        }

        var results = new PyObject?[]
        {
            Protocols.PyNumber.Binary(a, b, Bytecode.BinaryOp.Or),
            Protocols.PyNumber.Binary(a, b, Bytecode.BinaryOp.And),
            Protocols.PyNumber.Binary(b, a, Bytecode.BinaryOp.And),
            Protocols.PyNumber.Binary(a, b, Bytecode.BinaryOp.Subtract),
            Protocols.PyNumber.Binary(b, a, Bytecode.BinaryOp.Subtract),
            Protocols.PyNumber.Binary(a, b, Bytecode.BinaryOp.Xor),
            Protocols.PyNumber.Binary(b, a, Bytecode.BinaryOp.Xor),
            C.Call(a, "union", C.KeyList([99, 3]), PyTuple.Create(new Key(4))),
            C.Call(a, "intersection", C.KeyList([7, 5, 7, 13])),
        };
        for (int i = 0; i < results.Length; i++)
        {
            Assert.NotNull(results[i]);
            var expected = lines[i].Split(' ').Select(static p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(expected, C.Values(results[i]!));
        }
    }

    [Fact]
    public void ReprOfSetsFrozensetsAndSelfReferenceFollowCPython()
    {
        C.Enter();
        Assert.Equal("set()", C.Repr(new PySet()));
        Assert.Equal("frozenset()", C.Repr(new PyFrozenSet()));
        var f = (PyObject)Protocols.PyCall.Call(PyFrozenSet.TypeObject, C.KeyList([1]))!;
        Assert.Equal("frozenset({1})", C.Repr(f));
        var s = new PySet();
        s.Add(new Key(2));
        s.Add(new Key(1));
        Assert.Equal("{1, 2}", C.Repr(s));
    }

    [Fact]
    public void PopFromEmptySetAndRemoveMissingRaiseKeyError()
    {
        C.Enter();
        var s = new PySet();
        Assert.Null(C.Call(s, "pop"));
        C.AssertRaised(PyExc.KeyError, "pop from an empty set");
        Assert.Null(C.Call(s, "remove", new Key(7)));
        C.AssertRaised(PyExc.KeyError, "7");
    }

    [Fact]
    public void UnhashableElementIsATypeError()
    {
        C.Enter();
        var s = new PySet();
        Assert.False(s.Add(new PyList()));
        C.AssertRaised(PyExc.TypeError, "unhashable type: 'list'");
    }

    [Fact]
    public void ChangingSizeDuringIterationIsARuntimeError()
    {
        C.Enter();
        var s = new PySet();
        s.Add(new Key(1));
        var it = Protocols.PyIter.GetIter(s)!;
        s.Add(new Key(2));
        Assert.Null(Protocols.PyIter.Next(it));
        C.AssertRaised(PyExc.RuntimeError, "Set changed size during iteration");
    }

    [Fact]
    public void ComparisonsAreSubsetTests()
    {
        C.Enter();
        var a = (PyObject)Protocols.PyCall.Call(PySet.TypeObject, C.KeyList([1, 2]))!;
        var b = (PyObject)Protocols.PyCall.Call(PyFrozenSet.TypeObject, C.KeyList([1, 2, 3]))!;
        Assert.Equal(1, Protocols.PyOps.RichCompareBool(a, b, Bytecode.CompareOp.Lt));
        Assert.Equal(1, Protocols.PyOps.RichCompareBool(a, b, Bytecode.CompareOp.Le));
        Assert.Equal(0, Protocols.PyOps.RichCompareBool(a, b, Bytecode.CompareOp.Eq));
        Assert.Equal(1, Protocols.PyOps.RichCompareBool(b, a, Bytecode.CompareOp.Gt));
        var c = (PyObject)Protocols.PyCall.Call(PyFrozenSet.TypeObject, C.KeyList([2, 1]))!;
        Assert.Equal(1, Protocols.PyOps.RichCompareBool(a, c, Bytecode.CompareOp.Eq));
    }
}
