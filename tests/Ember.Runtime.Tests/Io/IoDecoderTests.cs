using Ember.Runtime.Codecs;
using Ember.Runtime.Modules.Io;
using Xunit;

namespace Ember.Runtime.Tests.Io;

public sealed class IoDecoderTests
{
    [Fact]
    public void Utf8CharacterSplitAcrossChunksWaitsForItsLastByte()
    {
        var d = new ByteDecoder(CodecKind.Utf8, "strict");
        byte[] euro = [0xE2, 0x82, 0xAC];
        Assert.Equal("a", d.Decode([(byte)'a', euro[0]], false)!.Value);
        Assert.Equal(1, d.Pending.Length);
        Assert.Equal("", d.Decode([euro[1]], false)!.Value);
        Assert.Equal("€b", d.Decode([euro[2], (byte)'b'], false)!.Value);
        Assert.Equal(0, d.Pending.Length);
    }

    [Fact]
    public void Utf16ReadsItsBomOnceAndKeepsOddBytes()
    {
        var d = new ByteDecoder(CodecKind.Utf16, "strict");
        Assert.Equal(2, d.Flags);
        Assert.Equal("a", d.Decode([0xFE, 0xFF, 0x00, 0x61, 0x00], false)!.Value);
        Assert.Equal(1, d.Flags);
        Assert.Equal("b", d.Decode([0x62], false)!.Value);
    }

    [Theory]
    [InlineData(true, "a\r", "\nb", "a", "\nb")]
    [InlineData(false, "a\r", "\nb", "a", "\r\nb")]
    [InlineData(true, "x\r", "y", "x", "\ny")]
    public void CarriageReturnAtChunkEndWaitsForTheNextChunk(bool translate, string first, string second, string out1, string out2)
    {
        var n = new NewlineState(translate);
        Assert.Equal(out1, n.Process(first, false));
        Assert.True(n.PendingCR);
        Assert.Equal(out2, n.Process(second, false));
        Assert.False(n.PendingCR);
    }

    [Fact]
    public void NewlineKindsSeenAreRecorded()
    {
        var n = new NewlineState(true);
        n.Process("a\nb\r\nc\rd", true);
        Assert.Equal(NewlineState.LF | NewlineState.CR | NewlineState.CRLF, n.SeenNL);
    }
}
