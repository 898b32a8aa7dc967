using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ember.Syntax.Unicode;

/// <summary>
/// The properties of one code point in one version of the database, as
/// CPython 3.11's unicodedata reports them (Modules/unicodedata.c with its
/// generated unicodedata_db.h).
/// </summary>
public readonly record struct UnicodeRecord(
    byte Category,
    byte Bidirectional,
    byte Combining,
    byte EastAsianWidth,
    bool Mirrored,
    sbyte Decimal,
    sbyte Digit,
    ushort Numeric,
    ushort Decomposition);

/// <summary>
/// CPython 3.11's Unicode database: version 14.0.0 and the 3.2.0 view that
/// IDNA (stringprep) needs, read from the compressed resource UnicodeData.bin
/// (written by tools/gen_unicodedata.py from CPython itself) on first use, so
/// nothing is paid at start-up. Immutable once loaded; shared by every
/// interpreter. Character names cover every code point: those of Hangul
/// syllables and CJK unified ideographs are computed, the others stored.
/// </summary>
public sealed partial class UnicodeDatabase
{
    public const string Version = "14.0.0";

    public const string OldVersion = "3.2.0";

    /// <summary>Quick-check bits: the quick check of the form does not answer "yes" for the code point.</summary>
    public const int QuickNfd = 1;
    public const int QuickNfkd = 2;
    public const int QuickNfc = 4;
    public const int QuickNfkc = 8;

    private const int FormatVersion = 1;

    private readonly int _blockShift;
    private readonly ushort[] _stage1;
    private readonly ushort[] _stage2;
    private readonly UnicodeRecord[] _current;
    private readonly UnicodeRecord[] _old;
    private readonly byte[] _quick;
    private readonly string[] _categories;
    private readonly string[] _bidirectionals;
    private readonly string[] _widths;
    private readonly double[] _numerics;
    private readonly string[] _decompositions;
    private readonly int[][] _decompositionParts;
    private readonly bool[] _decompositionCompat;
    private readonly int[] _ideographRanges;
    private readonly int[] _namedCodes;
    private readonly string[] _names;
    private readonly int[] _aliasCodes;
    private readonly string[] _aliases;
    private readonly string[] _sequenceNames;
    private readonly int[][] _sequences;
    private readonly Dictionary<long, int> _compositions;
    private readonly HashSet<int> _compositionFirsts;
    private readonly Dictionary<int, int> _corrections;
    private readonly int _unassignedCategory;

    private UnicodeDatabase(Stream compressed)
    {
        using var z = new ZLibStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        z.CopyTo(buffer);
        var r = new Reader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length).ToArray());
        if (r.Int() != FormatVersion)
        {
            throw new InvalidDataException("UnicodeData.bin has an unknown format version");
        }

        _blockShift = r.Int();
        _categories = r.Texts();
        _bidirectionals = r.Texts();
        _widths = r.Texts();
        string[] numerics = r.Texts();
        _numerics = new double[numerics.Length];
        for (int i = 0; i < numerics.Length; i++)
        {
            _numerics[i] = double.Parse(numerics[i], CultureInfo.InvariantCulture);
        }

        _decompositions = r.Texts();
        _decompositionParts = new int[_decompositions.Length][];
        _decompositionCompat = new bool[_decompositions.Length];
        for (int i = 0; i < _decompositions.Length; i++)
        {
            ParseDecomposition(_decompositions[i], out _decompositionParts[i], out _decompositionCompat[i]);
        }

        _unassignedCategory = Array.IndexOf(_categories, "Cn");

        int recordCount = r.Int();
        _current = new UnicodeRecord[recordCount];
        _old = new UnicodeRecord[recordCount];
        _quick = new byte[recordCount];
        for (int i = 0; i < recordCount; i++)
        {
            _current[i] = ReadRecord(ref r);
            _quick[i] = (byte)r.Int();
            _old[i] = ReadRecord(ref r);
        }

        _stage1 = new ushort[r.Int()];
        for (int i = 0; i < _stage1.Length; i++)
        {
            _stage1[i] = (ushort)r.Int();
        }

        _stage2 = new ushort[r.Int() << _blockShift];
        for (int i = 0; i < _stage2.Length; i++)
        {
            _stage2[i] = (ushort)r.Int();
        }

        _ideographRanges = new int[r.Int() * 2];
        for (int i = 0; i < _ideographRanges.Length; i++)
        {
            _ideographRanges[i] = r.Int();
        }

        int nameCount = r.Int();
        _namedCodes = new int[nameCount];
        _names = new string[nameCount];
        int code = 0;
        for (int i = 0; i < nameCount; i++)
        {
            code += r.Int();
            _namedCodes[i] = code;
            _names[i] = r.Text();
        }

        int aliasCount = r.Int();
        _aliasCodes = new int[aliasCount];
        _aliases = new string[aliasCount];
        for (int i = 0; i < aliasCount; i++)
        {
            _aliasCodes[i] = r.Int();
            _aliases[i] = r.Text();
        }

        int sequenceCount = r.Int();
        _sequenceNames = new string[sequenceCount];
        _sequences = new int[sequenceCount][];
        for (int i = 0; i < sequenceCount; i++)
        {
            _sequenceNames[i] = r.Text();
            var seq = new int[r.Int()];
            for (int j = 0; j < seq.Length; j++)
            {
                seq[j] = r.Int();
            }

            _sequences[i] = seq;
        }

        int pairCount = r.Int();
        _compositions = new Dictionary<long, int>(pairCount);
        _compositionFirsts = [];
        for (int i = 0; i < pairCount; i++)
        {
            int first = r.Int();
            int second = r.Int();
            _compositions[PairKey(first, second)] = r.Int();
            _compositionFirsts.Add(first);
        }

        int correctionCount = r.Int();
        _corrections = new Dictionary<int, int>(correctionCount);
        for (int i = 0; i < correctionCount; i++)
        {
            int from = r.Int();
            _corrections[from] = r.Int();
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("UnicodeData.bin has trailing data");
        }
    }

    /// <summary>The database, loaded on first use.</summary>
    public static UnicodeDatabase Instance => Holder.Value;

    private static UnicodeRecord ReadRecord(ref Reader r) => new(
        (byte)r.Int(),
        (byte)r.Int(),
        (byte)r.Int(),
        (byte)r.Int(),
        r.Int() != 0,
        (sbyte)(r.Int() - 1),
        (sbyte)(r.Int() - 1),
        (ushort)r.Int(),
        (ushort)r.Int());

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private int RecordIndex(int cp)
    {
        if ((uint)cp > 0x10FFFF)
        {
            return 0;
        }

        int block = _stage1[cp >> _blockShift];
        return _stage2[(block << _blockShift) | (cp & ((1 << _blockShift) - 1))];
    }

    /// <summary>The record of <paramref name="cp"/> in 14.0.0, or in the 3.2.0 view when <paramref name="old"/>.</summary>
    public ref readonly UnicodeRecord Get(int cp, bool old = false)
    {
        int index = RecordIndex(cp);
        return ref old ? ref _old[index] : ref _current[index];
    }

    /// <summary>The quick-check bits (<see cref="QuickNfc"/>, ...) of <paramref name="cp"/> in 14.0.0.</summary>
    public int QuickCheck(int cp) => _quick[RecordIndex(cp)];

    public string Category(int cp, bool old = false) => _categories[Get(cp, old).Category];

    /// <summary>Whether the version has the code point assigned (its category is not Cn).</summary>
    public bool IsAssigned(int cp, bool old = false) => Get(cp, old).Category != _unassignedCategory;

    public string Bidirectional(int cp, bool old = false) => _bidirectionals[Get(cp, old).Bidirectional];

    public string EastAsianWidth(int cp, bool old = false) => _widths[Get(cp, old).EastAsianWidth];

    /// <summary>The canonical combining class (14.0.0 unless <paramref name="old"/>).</summary>
    public int Combining(int cp, bool old = false) => Get(cp, old).Combining;

    public bool Mirrored(int cp, bool old = false) => Get(cp, old).Mirrored;

    /// <summary>The decimal value, or -1.</summary>
    public int Decimal(int cp, bool old = false) => Get(cp, old).Decimal;

    /// <summary>The digit value, or -1.</summary>
    public int Digit(int cp, bool old = false) => Get(cp, old).Digit;

    /// <summary>The numeric value, or null.</summary>
    public double? Numeric(int cp, bool old = false)
    {
        int index = Get(cp, old).Numeric;
        return index == 0 ? null : _numerics[index - 1];
    }

    /// <summary>The decomposition as unicodedata.decomposition shows it ("&lt;compat&gt; 0020 0301"), or "".</summary>
    public string Decomposition(int cp, bool old = false) => _decompositions[Get(cp, old).Decomposition];

    /// <summary>Whether <paramref name="cp"/> is in one of the CJK unified ideograph ranges of 14.0.0.</summary>
    public bool IsUnifiedIdeograph(int cp)
    {
        int[] ranges = _ideographRanges;
        for (int i = 0; i < ranges.Length; i += 2)
        {
            if (cp >= ranges[i] && cp <= ranges[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Holder
    {
        public static readonly UnicodeDatabase Value = Load();

        private static UnicodeDatabase Load()
        {
            using var stream = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Ember.Syntax.Unicode.UnicodeData.bin")
                ?? throw new InvalidOperationException("the Unicode database resource is missing from Ember.Syntax");
            return new UnicodeDatabase(stream);
        }
    }

    /// <summary>Reads the generator's stream: unsigned LEB128 integers and length-prefixed ASCII strings.</summary>
    private ref struct Reader(byte[] data)
    {
        private readonly byte[] _data = data;
        private int _pos;

        public readonly bool AtEnd => _pos == _data.Length;

        public int Int()
        {
            int value = 0;
            int shift = 0;
            while (true)
            {
                byte b = _data[_pos++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }

                shift += 7;
            }
        }

        public string Text()
        {
            int length = Int();
            string s = Encoding.ASCII.GetString(_data, _pos, length);
            _pos += length;
            return s;
        }

        public string[] Texts()
        {
            var result = new string[Int()];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Text();
            }

            return result;
        }
    }
}
