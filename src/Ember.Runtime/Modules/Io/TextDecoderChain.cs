using Ember.Runtime.Objects;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// What TextIOWrapper decodes with: the codec's incremental decoder, then,
/// in universal-newline modes, the newline step (IncrementalNewlineDecoder).
/// getstate/setstate combine both as CPython does (flags shifted left, the
/// pending "\r" in the low bit).
/// </summary>
internal sealed class TextDecoderChain
{
    private readonly ByteDecoder _bytes;
    private readonly NewlineState? _newlines;

    public TextDecoderChain(ByteDecoder bytes, NewlineState? newlines)
    {
        _bytes = bytes;
        _newlines = newlines;
    }

    public NewlineState? Newlines => _newlines;

    public string? Decode(ReadOnlySpan<byte> input, bool final)
    {
        var s = _bytes.Decode(input, final);
        if (s is null)
        {
            return null;
        }

        return _newlines is null ? s.Value : _newlines.Process(s.Value, final);
    }

    public (byte[] Pending, long Flags) GetState()
    {
        long flags = _bytes.Flags;
        if (_newlines is not null)
        {
            flags = (flags << 1) + (_newlines.PendingCR ? 1L : 0L);
        }

        return (_bytes.Pending.ToArray(), flags);
    }

    public void SetState(byte[] pending, long flags)
    {
        if (_newlines is not null)
        {
            _newlines.PendingCR = (flags & 1) != 0;
            flags >>= 1;
        }

        _bytes.SetState(pending, (int)flags);
    }

    public void Reset()
    {
        _bytes.Reset();
        if (_newlines is not null)
        {
            _newlines.PendingCR = false;
            _newlines.SeenNL = 0;
        }
    }
}
