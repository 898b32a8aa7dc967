using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Ember.Bytecode.Serialization;

/// <summary>
/// Reads what <see cref="CodeWriter"/> wrote. Malformed input (a truncated or
/// damaged cache file) gives null, never an exception: every length is checked
/// against what is left, and nesting is bounded.
/// </summary>
public ref struct CodeReader
{
    /// <summary>Deeper nesting of constants than this is taken as damage (the compiler's own limit is far lower).</summary>
    private const int MaxDepth = 2000;

    private readonly ReadOnlySpan<byte> _data;
    private readonly List<string> _strings;
    private int _pos;
    private bool _failed;

    private CodeReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _strings = [];
        _pos = 0;
        _failed = false;
    }

    /// <summary>The code object in <paramref name="data"/>, or null when the data is not exactly one well-formed payload.</summary>
    public static CodeObject? Deserialize(ReadOnlySpan<byte> data)
    {
        var reader = new CodeReader(data);
        var code = reader.ReadCode(0);
        return reader._failed || reader._pos != data.Length ? null : code;
    }

    private CodeObject? ReadCode(int depth)
    {
        if (depth > MaxDepth)
        {
            _failed = true;
            return null;
        }

        var name = ReadString();
        var qualName = ReadString();
        var filename = ReadString();
        int firstLine = ReadSigned();
        int argCount = ReadCount();
        int posOnly = ReadCount();
        int kwOnly = ReadCount();
        var flags = (CodeFlags)ReadUnsigned();
        int stackSize = ReadCount();

        var instructions = new int[ReadLength(1)];
        for (int i = 0; i < instructions.Length; i++)
        {
            instructions[i] = (int)ReadUnsigned();
        }

        var constants = new object?[ReadLength(1)];
        for (int i = 0; i < constants.Length && !_failed; i++)
        {
            constants[i] = ReadConstant(depth);
        }

        var names = ReadStrings();
        var localsPlusNames = ReadStrings();
        var kinds = new LocalKind[localsPlusNames.Length];
        for (int i = 0; i < kinds.Length; i++)
        {
            kinds[i] = (LocalKind)ReadByte();
        }

        var positions = ReadPositions();
        var table = new ExceptionTableEntry[ReadLength(5)];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new ExceptionTableEntry(ReadCount(), ReadCount(), ReadCount(), ReadCount(), ReadByte() != 0);
        }

        if (_failed || name is null || qualName is null || filename is null)
        {
            _failed = true;
            return null;
        }

        return new CodeObject
        {
            Name = name,
            QualName = qualName,
            Filename = filename,
            FirstLineNo = firstLine,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            Flags = flags,
            StackSize = stackSize,
            Instructions = instructions,
            Constants = constants,
            Names = names,
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = kinds,
            Positions = positions,
            ExceptionTable = table,
        };
    }

    private SourcePosition[] ReadPositions()
    {
        var positions = new SourcePosition[ReadLength(4)];
        int line = 0;
        for (int i = 0; i < positions.Length && !_failed; i++)
        {
            line += ReadSigned();
            int endDelta = ReadSigned();
            int endLine = endDelta == int.MinValue + 1 ? -1 : line + endDelta;
            int col = (int)ReadUnsigned() - 1;
            int endCol = (int)ReadUnsigned() - 1;
            positions[i] = new SourcePosition(line, endLine, col, endCol);
        }

        return positions;
    }

    private object? ReadConstant(int depth)
    {
        switch ((ConstTag)ReadByte())
        {
            case ConstTag.None:
                return null;
            case ConstTag.False:
                return false;
            case ConstTag.True:
                return true;
            case ConstTag.Long:
                return ReadSigned64();
            case ConstTag.BigInteger:
                return new BigInteger(ReadBytes());
            case ConstTag.Double:
                return ReadDouble();
            case ConstTag.Complex:
                double re = ReadDouble();
                return new Complex(re, ReadDouble());
            case ConstTag.String:
                return ReadString();
            case ConstTag.CodePointString:
                var cps = new int[ReadLength(1)];
                for (int i = 0; i < cps.Length; i++)
                {
                    cps[i] = (int)ReadUnsigned();
                }

                return new CodePointString(cps);
            case ConstTag.Bytes:
                return ReadBytes().ToArray();
            case ConstTag.Ellipsis:
                return ConstEllipsis.Value;
            case ConstTag.Tuple:
                return new ConstTuple(ReadItems(depth));
            case ConstTag.FrozenSet:
                return new ConstFrozenSet(ReadItems(depth));
            case ConstTag.Code:
                return ReadCode(depth + 1);
            default:
                _failed = true;
                return null;
        }
    }

    private object?[] ReadItems(int depth)
    {
        if (depth > MaxDepth)
        {
            _failed = true;
            return [];
        }

        var items = new object?[ReadLength(1)];
        for (int i = 0; i < items.Length && !_failed; i++)
        {
            items[i] = ReadConstant(depth + 1);
        }

        return items;
    }

    private string[] ReadStrings()
    {
        var strings = new string[ReadLength(1)];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = ReadString() ?? "";
        }

        return strings;
    }

    private string? ReadString()
    {
        uint tag = ReadUnsigned();
        if (tag != 0)
        {
            if (tag > (uint)_strings.Count)
            {
                _failed = true;
                return null;
            }

            return _strings[(int)tag - 1];
        }

        var s = Encoding.UTF8.GetString(ReadBytes());
        _strings.Add(s);
        return s;
    }

    private ReadOnlySpan<byte> ReadBytes()
    {
        int length = ReadLength(1);
        var bytes = _data.Slice(_pos, length);
        _pos += length;
        return bytes;
    }

    private double ReadDouble()
    {
        if (_data.Length - _pos < 8)
        {
            _failed = true;
            _pos = _data.Length;
            return 0;
        }

        long bits = BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_pos, 8));
        _pos += 8;
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>A count of items each at least <paramref name="minItemSize"/> bytes long: more than the bytes left is damage.</summary>
    private int ReadLength(int minItemSize)
    {
        uint n = ReadUnsigned();
        if (n > (uint)(_data.Length - _pos) / (uint)minItemSize)
        {
            _failed = true;
            _pos = _data.Length;
            return 0;
        }

        return (int)n;
    }

    private int ReadCount()
    {
        uint n = ReadUnsigned();
        if (n > int.MaxValue)
        {
            _failed = true;
            return 0;
        }

        return (int)n;
    }

    private byte ReadByte()
    {
        if (_pos >= _data.Length)
        {
            _failed = true;
            return 0;
        }

        return _data[_pos++];
    }

    private int ReadSigned()
    {
        uint v = ReadUnsigned();
        return (int)(v >> 1) ^ -(int)(v & 1);
    }

    private long ReadSigned64()
    {
        ulong v = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            byte b = ReadByte();
            v |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return (long)(v >> 1) ^ -(long)(v & 1);
            }
        }

        _failed = true;
        return 0;
    }

    private uint ReadUnsigned()
    {
        uint v = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = ReadByte();
            v |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return v;
            }
        }

        _failed = true;
        return 0;
    }
}
