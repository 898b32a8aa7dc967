using System.Globalization;
using Ember.Bytecode;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;

namespace Ember.Runtime.Tests.Containers;

/// <summary>list, tuple and slice behaviour checked against CPython.</summary>
public sealed class SequenceTests
{
    [Fact]
    public void SliceIndicesMatchCPythonOnAGrid()
    {
        C.Enter();
        int[] bounds = [-12, -7, -3, -1, 0, 1, 2, 5, 9, 13];
        int[] steps = [-5, -2, -1, 1, 2, 3, 7];
        var lines = C.Oracle($$"""
b = {{"[" + string.Join(",", bounds) + "]"}} + [None]
for n in (0, 1, 5, 10):
    for start in b:
        for stop in b:
            for step in {{"[" + string.Join(",", steps) + "]"}} + [None]:
                s = slice(start, stop, step)
                print(*s.indices(n), len(range(*s.indices(n))))
""");
        int k = 0;
        PyObject Bound(int? v) => v is null ? PyNone.Instance : PyInt.From(v.Value);
        var bs = bounds.Select(static b => (int?)b).Append(null).ToArray();
        var ss = steps.Select(static b => (int?)b).Append(null).ToArray();
        foreach (long n in new long[] { 0, 1, 5, 10 })
        {
            foreach (var start in bs)
            {
                foreach (var stop in bs)
                {
                    foreach (var step in ss)
                    {
                        var s = new PySlice(Bound(start), Bound(stop), Bound(step));
                        Assert.True(s.GetIndices(n, out long a, out long b, out long c, out long len));
                        Assert.Equal(lines[k++], $"{a} {b} {c} {len}");
                    }
                }
            }
        }
    }

    [Fact]
    public void SortMakesCPythonsComparisonsOneForOneAndIsStable()
    {
        C.Enter();
        var lines = C.Oracle("""
import random
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.n += 1
        return self.v < o.v
for seed in range(120):
    rnd = random.Random(seed)
    n = rnd.randrange(0, 63) if seed < 40 else rnd.randrange(64, 2500)
    vals = [rnd.randrange(0, rnd.choice([5, 20, 1000, 10**6])) for _ in range(n)]
    if seed % 5 == 0: vals.sort()
    if seed % 7 == 0: vals.sort(reverse=True)
    if seed % 4 == 1:
        chunk = rnd.randrange(2, 200)
        for i in range(0, n, chunk):
            vals[i:i + chunk] = sorted(vals[i:i + chunk], reverse=rnd.random() < 0.5)
    if seed % 6 == 2:
        vals = [i % rnd.randrange(2, 300) for i in range(n)]
    ks = [K(v) for v in vals]
    for i, k in enumerate(ks): k.i = i
    K.n = 0
    ks.sort(reverse=seed % 3 == 0)
    print(" ".join(map(str, vals)) + "|" + str(K.n) + "|" + " ".join(str(k.i) for k in ks))
""");
        foreach (var line in lines)
        {
            var parts = line.Split('|');
            var vals = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var counter = new CompareCounter();
            var keys = vals.Select((v, i) => new Key(v, counter: counter) { Tag = i }).ToArray();
            var list = PyList.Create(keys);
            int seedIndex = Array.IndexOf(lines, line);
            Assert.True(list.Sort(null, reverse: seedIndex % 3 == 0), C.Pending());
            Assert.Equal(int.Parse(parts[1], CultureInfo.InvariantCulture), counter.LessThan);
            var order = string.Join(" ", list.AsSpan().ToArray().Select(static o => ((Key)o).Tag));
            Assert.Equal(parts[2], order);
        }
    }

    [Fact]
    public void AFailingComparisonLeavesEveryItemInTheList()
    {
        C.Enter();
        var rnd = new Random(5);
        for (int trial = 0; trial < 60; trial++)
        {
            var counter = new CompareCounter { FailAt = 1 + rnd.Next(4000) };
            var values = Enumerable.Range(0, 64 + rnd.Next(1500)).Select(_ => (long)rnd.Next(50)).ToArray();
            var list = C.KeyList(values, counter);
            bool ok = list.Sort(null, reverse: trial % 2 == 0);
            if (!ok)
            {
                C.AssertRaised(PyExc.ValueError, "comparison failed");
            }

            Assert.Equal(values.OrderBy(static v => v), C.Values(list).OrderBy(static v => v));
        }
    }

    [Fact]
    public void LongSortsAreStableAndOrdered()
    {
        C.Enter();
        var rnd = new Random(3);
        var keys = Enumerable.Range(0, 5000).Select(i => new Key(rnd.Next(100)) { Tag = i }).ToArray();
        var list = PyList.Create(keys);
        Assert.True(list.Sort(null, reverse: false));
        var sorted = list.AsSpan().ToArray().Cast<Key>().ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            Assert.True(sorted[i - 1].Value < sorted[i].Value || (sorted[i - 1].Value == sorted[i].Value && sorted[i - 1].Tag < sorted[i].Tag));
        }
    }

    [Fact]
    public void ModifyingAListWhileSortingItIsAValueError()
    {
        C.Enter();
        var list = C.KeyList([3, 1, 2]);
        var append = new PyBuiltinFunction("k", (args, kw) =>
        {
            list.Append(new Key(9));
            return args[0];
        });
        Assert.False(list.Sort(append, reverse: false));
        C.AssertRaised(PyExc.ValueError, "list modified during sort");
        Assert.Equal([1L, 2, 3], C.Values(list));
    }

    [Fact]
    public void ExtendedSliceAssignmentChecksTheSize()
    {
        C.Enter();
        var list = C.KeyList([1, 2, 3]);
        var slice = new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(2));
        Assert.False(PySequence.SetItem(list, slice, C.KeyList([7, 8, 9])));
        C.AssertRaised(PyExc.ValueError, "attempt to assign sequence of size 3 to extended slice of size 2");
        Assert.True(PySequence.SetItem(list, slice, C.KeyList([7, 8])));
        Assert.Equal([7L, 2, 8], C.Values(list));
    }

    [Fact]
    public void SliceAssignmentAndDeletionMatchCPython()
    {
        C.Enter();
        var lines = C.Oracle("""
import random
for seed in range(200):
    rnd = random.Random(seed)
    a = list(range(rnd.randrange(0, 12)))
    n = len(a)
    start, stop = rnd.choice([None, rnd.randrange(-14, 14)]), rnd.choice([None, rnd.randrange(-14, 14)])
    step = rnd.choice([None, 1, 1, 2, -1, -2, 3])
    new = list(range(100, 100 + rnd.randrange(0, 6)))
    op = rnd.choice(["set", "del", "get"])
    try:
        if op == "set": a[start:stop:step] = new
        elif op == "del": del a[start:stop:step]
        else: a = a[start:stop:step]
        res = " ".join(map(str, a))
    except ValueError as e:
        res = "ValueError"
    print(f"{n}|{seed}|{start}|{stop}|{step}|{len(new)}|{op}|{res}")
""");
        foreach (var line in lines)
        {
            var p = line.Split('|');
            var rndLen = int.Parse(p[0], CultureInfo.InvariantCulture);
            PyObject B(string s) => s == "None" ? PyNone.Instance : PyInt.From(long.Parse(s, CultureInfo.InvariantCulture));
            var list = C.KeyList(Enumerable.Range(0, rndLen).Select(static i => (long)i));
            var slice = new PySlice(B(p[2]), B(p[3]), B(p[4]));
            var replacement = C.KeyList(Enumerable.Range(100, int.Parse(p[5], CultureInfo.InvariantCulture)).Select(static i => (long)i));
            string result;
            bool ok;
            PyObject target = list;
            if (p[6] == "set")
            {
                ok = PySequence.SetItem(list, slice, replacement);
            }
            else if (p[6] == "del")
            {
                ok = PySequence.SetItem(list, slice, null);
            }
            else
            {
                var r = PySequence.GetItem(list, slice);
                ok = r is not null;
                target = r ?? list;
            }

            if (ok)
            {
                result = string.Join(" ", C.Values(target));
            }
            else
            {
                var exc = Errors.PyErr.Fetch();
                result = exc!.Type.Name;
            }

            Assert.True(p[7] == result, line + " gave " + result);
        }
    }

    [Fact]
    public void SizeofFollowsCPythonsOverAllocation()
    {
        C.Enter();
        var lines = C.Oracle("""
l = []
for i in range(40):
    l.append(i); print(l.__sizeof__())
print(list(range(7)).__sizeof__())
del l[5:]; print(l.__sizeof__())
""");
        var list = new PyList();
        for (int i = 0; i < 40; i++)
        {
            Assert.NotNull(C.Call(list, "append", new Key(i)));
            Assert.Equal(lines[i], ((PyInt)C.Call(list, "__sizeof__")!).Small.ToString(CultureInfo.InvariantCulture));
        }

        var seven = PyList.FromIterable(PyTuple.Create(C.KeyList([0, 1, 2, 3, 4, 5, 6]).AsSpan()))!;
        Assert.Equal(lines[40], ((PyInt)C.Call(seven, "__sizeof__")!).Small.ToString(CultureInfo.InvariantCulture));
        Assert.True(list.AssignSlice(5, 40, null));
        Assert.Equal(lines[41], ((PyInt)C.Call(list, "__sizeof__")!).Small.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReprMarksSelfReference()
    {
        C.Enter();
        var list = C.KeyList([1]);
        list.Append(list);
        Assert.Equal("[1, [...]]", C.Repr(list));
        var outer = new PyList();
        outer.Append(PyTuple.Create(outer));
        Assert.Equal("[([...],)]", C.Repr(outer));
        Assert.Equal("()", C.Repr(PyTuple.Empty));
        Assert.Equal("(1,)", C.Repr(PyTuple.Create(new Key(1))));
    }

    [Fact]
    public void DeeplyNestedListsGiveRecursionErrorNotACrash()
    {
        var r = Ember.TestSupport.Bounded.Run(() =>
        {
            C.Enter();
            PyObject inner = new PyList();
            for (int i = 0; i < 50_000; i++)
            {
                inner = PyList.Create([inner]);
            }

            var repr = PyOps.Repr(inner);
            string first = repr is null ? Errors.PyErr.Fetch()!.Type.Name : "ok";
            var eq = PyOps.RichCompare(inner, PyList.Create([PyList.Create([inner])]), CompareOp.Eq);
            string second = eq is null ? Errors.PyErr.Fetch()!.Type.Name : "ok";
            PyObject t = PyTuple.Empty;
            for (int i = 0; i < 50_000; i++)
            {
                t = PyTuple.Create(t);
            }

            string third = PyOps.Hash(t) == -1 ? Errors.PyErr.Fetch()!.Type.Name : "ok";
            return (first, second, third);
        }, TimeSpan.FromMinutes(1), "deep containers");
        Assert.Equal(("RecursionError", "RecursionError", "RecursionError"), r);
    }

    [Fact]
    public void TupleHashIsCPythons()
    {
        C.Enter();
        var lines = C.Oracle("print(hash(())); print(hash((1, 2))); print(hash((1, (2, 3)))); print(hash((-1, 2**61, 7) * 5))");
        Assert.Equal(long.Parse(lines[0], CultureInfo.InvariantCulture), PyOps.Hash(PyTuple.Empty));
        Assert.Equal(long.Parse(lines[1], CultureInfo.InvariantCulture), PyOps.Hash(PyTuple.Create(new Key(1), new Key(2))));
        Assert.Equal(long.Parse(lines[2], CultureInfo.InvariantCulture), PyOps.Hash(PyTuple.Create(new Key(1), PyTuple.Create(new Key(2), new Key(3)))));
        var items = new List<PyObject>();
        for (int i = 0; i < 5; i++)
        {
            items.Add(new Key(-1));
            items.Add(new Key(1L << 61, 1));
            items.Add(new Key(7));
        }

        Assert.Equal(long.Parse(lines[3], CultureInfo.InvariantCulture), PyOps.Hash(PyTuple.Create(items.ToArray())));
    }

    [Theory]
    [InlineData("list index out of range", 5)]
    [InlineData("list index out of range", -4)]
    public void IndexOutOfRangeHasCPythonsMessage(string message, long index)
    {
        C.Enter();
        Assert.Null(PySequence.GetItem(C.KeyList([1, 2, 3]), PyInt.From(index)));
        C.AssertRaised(PyExc.IndexError, message);
        Assert.False(PySequence.SetItem(C.KeyList([1, 2, 3]), PyInt.From(index), PyNone.Instance));
        C.AssertRaised(PyExc.IndexError, "list assignment index out of range");
    }

    [Fact]
    public void HugeRepeatIsAMemoryError()
    {
        C.Enter();
        Assert.Null(PyList.TypeObject.Repeat!(C.KeyList([0]), 1L << 62));
        C.AssertRaised(PyExc.MemoryError, "");
        Assert.Null(PyTuple.TypeObject.Repeat!(PyTuple.Create(new Key(0)), 1L << 62));
        C.AssertRaised(PyExc.MemoryError, "");
        Assert.Null(PyNumber.Add(C.KeyList([0]), PyTuple.Empty));
        C.AssertRaised(PyExc.TypeError, "can only concatenate list (not \"tuple\") to list");
    }

    [Fact]
    public void ListMethodsReportCPythonsErrors()
    {
        C.Enter();
        var l = C.KeyList([1, 2]);
        Assert.Null(C.Call(new PyList(), "pop"));
        C.AssertRaised(PyExc.IndexError, "pop from empty list");
        Assert.Null(C.Call(l, "pop", PyInt.From(5)));
        C.AssertRaised(PyExc.IndexError, "pop index out of range");
        Assert.Null(C.Call(l, "remove", new Key(9)));
        C.AssertRaised(PyExc.ValueError, "list.remove(x): x not in list");
        Assert.Null(C.Call(l, "index", new Key(9)));
        C.AssertRaised(PyExc.ValueError, "9 is not in list");
        Assert.Null(C.Call(l, "insert", PyInt.From(1)));
        C.AssertRaised(PyExc.TypeError, "insert expected 2 arguments, got 1");
        Assert.NotNull(C.Call(l, "insert", PyInt.From(-100), new Key(0)));
        Assert.NotNull(C.Call(l, "insert", PyInt.From(100), new Key(3)));
        Assert.Equal([0L, 1, 2, 3], C.Values(l));
        Assert.Equal(2, ((PyInt)C.Call(l, "index", new Key(2))!).Small);
    }
}
