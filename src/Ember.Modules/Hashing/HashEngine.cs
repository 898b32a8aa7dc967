namespace Ember.Modules.Hashing;

/// <summary>
/// The running state of one hash computation, independent of Python: absorb
/// bytes, copy the state, and write the digest. Finishing consumes the state,
/// so a digest is taken from a clone and the object can go on absorbing.
/// </summary>
internal abstract class HashEngine
{
    /// <summary>The digest length in bytes; 0 for the extendable-output functions.</summary>
    public abstract int DigestSize { get; }

    public abstract int BlockSize { get; }

    public abstract void Update(ReadOnlySpan<byte> data);

    public abstract HashEngine Clone();

    /// <summary>Writes the output (its length is the digest size, or any for SHAKE) and leaves the state spent.</summary>
    protected abstract void Finish(Span<byte> output);

    /// <summary>The digest of what has been absorbed so far; this engine is left as it was.</summary>
    public byte[] Digest(int length)
    {
        var output = new byte[length];
        Clone().Finish(output);
        return output;
    }
}

/// <summary>
/// The Merkle-Damgard frame MD5, SHA-1 and SHA-2 share: input buffered into
/// fixed blocks fed to a compression function, then padding of 0x80, zeros
/// and the message length in bits (<see cref="LengthFieldSize"/> bytes, in the
/// algorithm's byte order) at the end of the last block.
/// </summary>
internal abstract class BlockHashEngine : HashEngine
{
    private byte[] _buffer;
    private int _buffered;
    private ulong _length;

    protected BlockHashEngine(int blockSize)
    {
        _buffer = new byte[blockSize];
    }

    public sealed override int BlockSize => _buffer.Length;

    protected abstract int LengthFieldSize { get; }

    protected abstract bool BigEndian { get; }

    protected abstract void Compress(ReadOnlySpan<byte> block);

    /// <summary>Writes the chaining state, truncated to the digest size.</summary>
    protected abstract void WriteState(Span<byte> output);

    /// <summary>A copy of the chaining state; the buffer and length are copied by the caller.</summary>
    protected abstract BlockHashEngine CloneState();

    public sealed override HashEngine Clone()
    {
        var copy = CloneState();
        copy._buffer = (byte[])_buffer.Clone();
        copy._buffered = _buffered;
        copy._length = _length;
        return copy;
    }

    public sealed override void Update(ReadOnlySpan<byte> data)
    {
        int blockSize = _buffer.Length;
        _length += (ulong)data.Length;
        if (_buffered > 0)
        {
            int take = System.Math.Min(blockSize - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered < blockSize)
            {
                return;
            }

            Compress(_buffer);
            _buffered = 0;
        }

        while (data.Length >= blockSize)
        {
            Compress(data[..blockSize]);
            data = data[blockSize..];
        }

        data.CopyTo(_buffer);
        _buffered = data.Length;
    }

    protected sealed override void Finish(Span<byte> output)
    {
        int blockSize = _buffer.Length;
        ulong bits = _length << 3;
        ulong highBits = _length >> 61;
        _buffer[_buffered++] = 0x80;
        if (_buffered > blockSize - LengthFieldSize)
        {
            _buffer.AsSpan(_buffered).Clear();
            Compress(_buffer);
            _buffered = 0;
        }

        _buffer.AsSpan(_buffered).Clear();
        var tail = _buffer.AsSpan(blockSize - 8);
        if (BigEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(tail, bits);
            if (LengthFieldSize == 16)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(_buffer.AsSpan(blockSize - 16), highBits);
            }
        }
        else
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(tail, bits);
        }

        Compress(_buffer);
        WriteState(output);
    }
}
