using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Ember.Bytecode.Serialization;

/// <summary>
/// Writes a <see cref="CodeObject"/> tree in Ember's compact binary form (the
/// payload of the compiled-code cache; <see cref="CodeReader"/> reads it back).
/// Integers are LEB128 varints (signed ones zigzag-encoded), strings are
/// UTF-8 and written once per payload (later uses refer to the first), and
/// positions are stored as deltas from the previous unit's.
/// </summary>
public sealed class CodeWriter
{
    private readonly MemoryStream _out = new();
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    /// <summary>Serializes <paramref name="code"/> with everything it holds.</summary>
    public static byte[] Serialize(CodeObject code)
    {
        var writer = new CodeWriter();
        writer.WriteCode(code);
        return writer._out.ToArray();
    }

    private void WriteCode(CodeObject code)
    {
        WriteString(code.Name);
        WriteString(code.QualName);
        WriteString(code.Filename);
        WriteSigned(code.FirstLineNo);
        WriteUnsigned((uint)code.ArgCount);
        WriteUnsigned((uint)code.PosOnlyArgCount);
        WriteUnsigned((uint)code.KwOnlyArgCount);
        WriteUnsigned((uint)code.Flags);
        WriteUnsigned((uint)code.StackSize);

        WriteUnsigned((uint)code.Instructions.Length);
        foreach (int unit in code.Instructions)
        {
            WriteUnsigned((uint)unit);
        }

        WriteUnsigned((uint)code.Constants.Length);
        foreach (var constant in code.Constants)
        {
            WriteConstant(constant);
        }

        WriteStrings(code.Names);
        WriteStrings(code.LocalsPlusNames);
        foreach (var kind in code.LocalsPlusKinds)
        {
            _out.WriteByte((byte)kind);
        }

        WritePositions(code.Positions);

        WriteUnsigned((uint)code.ExceptionTable.Length);
        foreach (var e in code.ExceptionTable)
        {
            WriteUnsigned((uint)e.Start);
            WriteUnsigned((uint)e.End);
            WriteUnsigned((uint)e.Target);
            WriteUnsigned((uint)e.Depth);
            _out.WriteByte(e.PushLasti ? (byte)1 : (byte)0);
        }
    }

    private void WritePositions(SourcePosition[] positions)
    {
        WriteUnsigned((uint)positions.Length);
        int previousLine = 0;
        foreach (var p in positions)
        {
            // Units usually repeat or step the previous line; end line and columns are small.
            WriteSigned(p.Line - previousLine);
            WriteSigned(p.EndLine == -1 ? int.MinValue + 1 : p.EndLine - p.Line);
            WriteUnsigned((uint)(p.Col + 1));
            WriteUnsigned((uint)(p.EndCol + 1));
            previousLine = p.Line;
        }
    }

    private void WriteConstant(object? value)
    {
        switch (value)
        {
            case null:
                _out.WriteByte((byte)ConstTag.None);
                break;
            case bool b:
                _out.WriteByte((byte)(b ? ConstTag.True : ConstTag.False));
                break;
            case long l:
                _out.WriteByte((byte)ConstTag.Long);
                WriteSigned64(l);
                break;
            case BigInteger big:
                _out.WriteByte((byte)ConstTag.BigInteger);
                WriteBytes(big.ToByteArray());
                break;
            case double d:
                _out.WriteByte((byte)ConstTag.Double);
                WriteDouble(d);
                break;
            case Complex c:
                _out.WriteByte((byte)ConstTag.Complex);
                WriteDouble(c.Real);
                WriteDouble(c.Imaginary);
                break;
            case string s:
                _out.WriteByte((byte)ConstTag.String);
                WriteString(s);
                break;
            case CodePointString cps:
                _out.WriteByte((byte)ConstTag.CodePointString);
                WriteUnsigned((uint)cps.CodePoints.Length);
                foreach (int cp in cps.CodePoints)
                {
                    WriteUnsigned((uint)cp);
                }

                break;
            case byte[] bytes:
                _out.WriteByte((byte)ConstTag.Bytes);
                WriteBytes(bytes);
                break;
            case ConstEllipsis:
                _out.WriteByte((byte)ConstTag.Ellipsis);
                break;
            case ConstTuple t:
                _out.WriteByte((byte)ConstTag.Tuple);
                WriteItems(t.Items);
                break;
            case ConstFrozenSet f:
                _out.WriteByte((byte)ConstTag.FrozenSet);
                WriteItems(f.Items);
                break;
            case CodeObject code:
                _out.WriteByte((byte)ConstTag.Code);
                WriteCode(code);
                break;
            default:
                throw new ArgumentException($"a code object holds a constant of type {value.GetType()}, which has no serialized form");
        }
    }

    private void WriteItems(object?[] items)
    {
        WriteUnsigned((uint)items.Length);
        foreach (var item in items)
        {
            WriteConstant(item);
        }
    }

    private void WriteStrings(string[] strings)
    {
        WriteUnsigned((uint)strings.Length);
        foreach (var s in strings)
        {
            WriteString(s);
        }
    }

    /// <summary>0 then the UTF-8 bytes for a first occurrence; otherwise its index + 1.</summary>
    private void WriteString(string s)
    {
        if (_strings.TryGetValue(s, out int index))
        {
            WriteUnsigned((uint)(index + 1));
            return;
        }

        _strings.Add(s, _strings.Count);
        WriteUnsigned(0);
        WriteBytes(Encoding.UTF8.GetBytes(s));
    }

    private void WriteBytes(byte[] bytes)
    {
        WriteUnsigned((uint)bytes.Length);
        _out.Write(bytes);
    }

    private void WriteDouble(double d)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, BitConverter.DoubleToInt64Bits(d));
        _out.Write(buffer);
    }

    private void WriteSigned(int value) => WriteUnsigned((uint)((value << 1) ^ (value >> 31)));

    private void WriteSigned64(long value)
    {
        ulong v = (ulong)((value << 1) ^ (value >> 63));
        while (v >= 0x80)
        {
            _out.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        _out.WriteByte((byte)v);
    }

    private void WriteUnsigned(uint v)
    {
        while (v >= 0x80)
        {
            _out.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        _out.WriteByte((byte)v);
    }
}

/// <summary>The first byte of a serialized constant.</summary>
internal enum ConstTag : byte
{
    None = 0,
    False = 1,
    True = 2,
    Long = 3,
    BigInteger = 4,
    Double = 5,
    Complex = 6,
    String = 7,
    CodePointString = 8,
    Bytes = 9,
    Ellipsis = 10,
    Tuple = 11,
    FrozenSet = 12,
    Code = 13,
}
