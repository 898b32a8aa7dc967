using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Modules.Struct;

/// <summary>Which table a format uses (Modules/_struct.c's whichtable): native sizes and alignment, or standard ones.</summary>
internal enum ByteOrder
{
    Native,
    Little,
    Big,
}

/// <summary>One compiled item of a format (_struct.c's formatcode): a run of <see cref="Repeat"/> values, or one s/p field.</summary>
internal readonly record struct FormatCode(char Format, int Offset, int Size, int Repeat);

/// <summary>
/// A parsed struct format (prepare_s): the codes, the total size and the
/// number of values. Sizes and alignments are those of x86-64 and arm64
/// Linux, the platforms Ember runs on.
/// </summary>
internal sealed class StructFormat
{
    private StructFormat(ByteOrder order, FormatCode[] codes, long size, long length)
    {
        Order = order;
        Codes = codes;
        Size = size;
        Length = length;
    }

    public ByteOrder Order { get; }

    public FormatCode[] Codes { get; }

    public long Size { get; }

    /// <summary>How many values pack takes and unpack gives.</summary>
    public long Length { get; }

    /// <summary>The native size of a format character; 0 when it is not one.</summary>
    public static int NativeSize(char c) => c switch
    {
        'x' or 'b' or 'B' or 'c' or 's' or 'p' or '?' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => 0,
    };

    /// <summary>The standard size (the =, &lt;, &gt; and ! tables); 0 when the character is not in them.</summary>
    public static int StandardSize(char c) => c switch
    {
        'x' or 'b' or 'B' or 'c' or 's' or 'p' or '?' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => 0,
    };

    /// <summary>Parses <paramref name="format"/> (ASCII bytes); null with struct.error pending when it is bad.</summary>
    public static StructFormat? Parse(ReadOnlySpan<byte> format, PyType error)
    {
        var order = ByteOrder.Native;
        int pos = 0;
        if (format.Length > 0)
        {
            switch ((char)format[0])
            {
                case '<':
                    order = ByteOrder.Little;
                    pos = 1;
                    break;
                case '>':
                case '!':
                    order = ByteOrder.Big;
                    pos = 1;
                    break;
                case '=':
                    order = BitConverter.IsLittleEndian ? ByteOrder.Little : ByteOrder.Big;
                    pos = 1;
                    break;
                case '@':
                    pos = 1;
                    break;
            }
        }

        if (format.IndexOf((byte)0) >= 0)
        {
            PyErr.SetString(error, "embedded null character");
            return null;
        }

        int end = format.Length;

        bool native = order == ByteOrder.Native;
        var codes = new List<FormatCode>();
        long size = 0;
        long length = 0;
        while (pos < end)
        {
            char c = (char)format[pos++];
            if (c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                continue;
            }

            long num = 1;
            if (c is >= '0' and <= '9')
            {
                num = c - '0';
                while (true)
                {
                    c = pos < end ? (char)format[pos++] : '\0';
                    if (c is < '0' or > '9')
                    {
                        break;
                    }

                    if (num >= long.MaxValue / 10 && (num > long.MaxValue / 10 || (c - '0') > long.MaxValue % 10))
                    {
                        return Overflow(error);
                    }

                    num = (num * 10) + (c - '0');
                }

                if (c == '\0')
                {
                    PyErr.SetString(error, "repeat count given without format specifier");
                    return null;
                }
            }

            int itemSize = native ? NativeSize(c) : StandardSize(c);
            if (itemSize == 0)
            {
                PyErr.SetString(error, "bad char in struct format");
                return null;
            }

            // Native alignment is the item's size, except for the byte-sized ones.
            if (native && itemSize > 1 && size > 0)
            {
                long extra = (itemSize - 1) - ((size - 1) % itemSize);
                if (extra > long.MaxValue - size)
                {
                    return Overflow(error);
                }

                size += extra;
            }

            if (num > (long.MaxValue - size) / itemSize)
            {
                return Overflow(error);
            }

            if (c is 's' or 'p')
            {
                codes.Add(new FormatCode(c, (int)System.Math.Min(size, int.MaxValue), (int)System.Math.Min(num, int.MaxValue), 1));
                length++;
            }
            else if (c != 'x')
            {
                if (num > 0)
                {
                    codes.Add(new FormatCode(c, (int)System.Math.Min(size, int.MaxValue), itemSize, (int)System.Math.Min(num, int.MaxValue)));
                }

                length += num;
            }

            size += num * itemSize;
        }

        return new StructFormat(order, codes.ToArray(), size, length);
    }

    private static StructFormat? Overflow(PyType error)
    {
        PyErr.SetString(error, "total struct size too long");
        return null;
    }
}
