using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Xunit;

namespace Ember.Runtime.Tests.Strings;

/// <summary>The str representation's invariants and the codec registry's names (expected values from CPython 3.11).</summary>
public sealed class StrRepresentationTests
{
    private static PyThreadState Enter()
    {
        var ts = new PyThreadState(new PyInterpreterState());
        ts.Enter();
        return ts;
    }

    [Fact]
    public void AstralCharacterIsOneCodePoint()
    {
        var s = new PyStr("a\U0001F600b");
        Assert.Equal(3, s.Length);
        Assert.False(s.IsNarrow);
        Assert.Equal(0x1F600, s.CodePointAt(1));
        Assert.Equal("b", s.Substring(2, 1).Value);
    }

    [Fact]
    public void AdjacentLoneSurrogatesKeepTheirCodePoints()
    {
        var pair = PyStr.FromCodePoints([0xD83D, 0xDE00]);
        Assert.NotNull(pair.CodePoints);
        Assert.Equal(2, pair.Length);
        var emoji = PyStr.FromCodePoints([0x1F600]);
        Assert.Null(emoji.CodePoints);
        Assert.False(pair.EqualsStr(emoji));
    }

    [Fact]
    public void ConcatenatingLoneSurrogatesDoesNotMakeAPair()
    {
        Enter();
        var high = PyStr.FromCodePoint(0xD800);
        var low = PyStr.FromCodePoint(0xDC00);
        var joined = (PyStr)PyStr.Concat(high, low)!;
        Assert.Equal(2, joined.Length);
        Assert.Equal(new[] { 0xD800, 0xDC00 }, joined.GetCodePoints());
        Assert.True(joined.EqualsStr(PyStr.FromCodePoints([0xD800, 0xDC00])));
    }

    [Fact]
    public void RepresentationIsUniqueSoEqualStrsHashAlike()
    {
        Enter();
        var a = new PyStr([0x61, 0x1F600]);
        var b = new PyStr("a\U0001F600");
        Assert.Null(a.CodePoints);
        Assert.True(a.EqualsStr(b));
        Assert.Equal(a.Hash, b.Hash);
    }

    [Fact]
    public void CodePointOrderIsNotUtf16Order()
    {
        // U+FFFF sorts before U+1F600 by code point, after it by UTF-16 unit.
        Assert.True(new PyStr("\uFFFF").CompareTo(new PyStr("\U0001F600")) < 0);
    }

    [Fact]
    public void FindInAstralTextCountsCodePoints()
    {
        var s = new PyStr("\U0001F600x\U0001F600x");
        Assert.Equal(1, s.IndexOf(new PyStr("x"), 0, long.MaxValue));
        Assert.Equal(3, s.LastIndexOf(new PyStr("x"), 0, long.MaxValue));
        Assert.Equal(-1, s.IndexOf(PyStr.FromCodePoint(0xD83D), 0, long.MaxValue));
    }

    [Fact]
    public void IteratorTypeDependsOnAscii()
    {
        Enter();
        Assert.Equal("str_ascii_iterator", PyIter.GetIter(new PyStr("abc"))!.Type.Name);
        Assert.Equal("str_iterator", PyIter.GetIter(new PyStr("é"))!.Type.Name);
    }

    [Theory]
    [InlineData("UTF-8", CodecKind.Utf8)]
    [InlineData("utf_8", CodecKind.Utf8)]
    [InlineData("U8", CodecKind.Utf8)]
    [InlineData(" utf 8 ", CodecKind.Utf8)]
    [InlineData("-utf8", CodecKind.Utf8)]
    [InlineData("cp65001", CodecKind.Utf8)]
    [InlineData("latin1", CodecKind.Latin1)]
    [InlineData("ISO_8859-1:1987", CodecKind.Latin1)]
    [InlineData("L1", CodecKind.Latin1)]
    [InlineData("us-ascii", CodecKind.Ascii)]
    [InlineData("646", CodecKind.Ascii)]
    [InlineData("UTF-16LE", CodecKind.Utf16LE)]
    [InlineData("utf_32be", CodecKind.Utf32BE)]
    [InlineData("U32", CodecKind.Utf32)]
    [InlineData("utf..8", CodecKind.None)]
    [InlineData("utf.8", CodecKind.None)]
    public void EncodingNamesNormalizeAsCodecsLookupDoes(string name, CodecKind expected)
    {
        Assert.Equal(expected, CodecRegistry.Lookup(name));
    }

    [Fact]
    public void DecodeErrorCarriesCPythonsFiveArguments()
    {
        var ts = Enter();
        Assert.Null(PyCodecs.Decode([0x61, 0xE2, 0x82], "utf-8", "strict"));
        var exc = ts.CurrentException!;
        Assert.Same(PyExc.UnicodeDecodeError, exc.Type);
        Assert.Equal("utf-8", ((PyStr)exc.Args[0]).Value);
        Assert.Equal(1, ((PyInt)exc.Args[2]).Small);
        Assert.Equal(3, ((PyInt)exc.Args[3]).Small);
        Assert.Equal("unexpected end of data", ((PyStr)exc.Args[4]).Value);
        PyErr.Clear();
    }

    [Fact]
    public void SurrogateEscapeRoundTripsArbitraryBytes()
    {
        Enter();
        byte[] data = [0x61, 0xFF, 0xC3, 0x28, 0x80];
        var text = (PyStr)PyCodecs.Decode(data, "utf-8", "surrogateescape")!;
        var back = (PyBytes)PyCodecs.Encode(text, "utf-8", "surrogateescape")!;
        Assert.Equal(data, back.Data);
    }

    [Fact]
    public void ByteArrayCannotResizeWhileAViewExportsIt()
    {
        var ts = Enter();
        var ba = new PyByteArray([1, 2, 3]);
        var view = new PyMemoryView(ba);
        var append = (PyMethodDescriptor)PyByteArray.TypeObject.Lookup("append")!;
        Assert.Null(append.Impl(ba, [PyInt.From(4)], null));
        Assert.Same(PyExc.BufferError, ts.CurrentException!.Type);
        PyErr.Clear();
        Assert.NotNull(view);
    }
}
