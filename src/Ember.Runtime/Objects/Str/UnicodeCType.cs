using System.Runtime.CompilerServices;
using System.Text;
using Ember.Runtime.Text;

namespace Ember.Runtime.Objects;

/// <summary>
/// Character properties and full case mappings of one code point as CPython 3.11
/// has them (Objects/unicodectype.c, Unicode 14.0): what <c>str.isalpha</c>,
/// <c>str.lower</c> and the other str methods use. The tables are generated from
/// CPython itself (UnicodeCType.Tables.g.cs), so they do not depend on the
/// Unicode version of the .NET runtime.
/// </summary>
public static partial class UnicodeCType
{
    private const int Alpha = 1;
    private const int Decimal = 2;
    private const int Digit = 4;
    private const int Numeric = 8;
    private const int Lower = 16;
    private const int Upper = 32;
    private const int Title = 64;
    private const int Cased = 128;
    private const int CaseIgnorable = 256;

    // A case-mapping entry at or below this is an index into the special (multi-character) mappings.
    private const int SpecialBase = -(1 << 24);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RecordOf(int cp)
    {
        if ((uint)cp > 0x10FFFF)
        {
            return 0;
        }

        int block = Stage1[cp >> BlockShift];
        return Stage2[(block << BlockShift) | (cp & ((1 << BlockShift) - 1))];
    }

    private static int FlagsOf(int cp) => RecordFlags[RecordOf(cp)];

    public static bool IsAlpha(int cp) => cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : (FlagsOf(cp) & Alpha) != 0;

    public static bool IsDecimal(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : (FlagsOf(cp) & Decimal) != 0;

    public static bool IsDigit(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : (FlagsOf(cp) & Digit) != 0;

    public static bool IsNumeric(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : (FlagsOf(cp) & Numeric) != 0;

    public static bool IsAlnum(int cp) => (FlagsOf(cp) & (Alpha | Decimal | Digit | Numeric)) != 0;

    public static bool IsLower(int cp) => cp < 0x80 ? (uint)(cp - 'a') <= 'z' - 'a' : (FlagsOf(cp) & Lower) != 0;

    public static bool IsUpper(int cp) => cp < 0x80 ? (uint)(cp - 'A') <= 'Z' - 'A' : (FlagsOf(cp) & Upper) != 0;

    /// <summary>Category Lt (a titlecase letter such as 'ǅ').</summary>
    public static bool IsTitle(int cp) => cp >= 0x80 && (FlagsOf(cp) & Title) != 0;

    public static bool IsCased(int cp) => (FlagsOf(cp) & Cased) != 0;

    public static bool IsCaseIgnorable(int cp) => (FlagsOf(cp) & CaseIgnorable) != 0;

    public static bool IsSpace(int cp) => PyUnicodeData.IsSpace(cp);

    public static bool IsPrintable(int cp) => Ember.Syntax.Lexing.CharInfo.IsPrintable(cp);

    /// <summary>The decimal digit value (Nd), or -1.</summary>
    public static int DecimalValue(int cp) => RecordDecimal[RecordOf(cp)];

    /// <summary>The digit value (Numeric_Type Digit or Decimal), or -1.</summary>
    public static int DigitValue(int cp) => RecordDigit[RecordOf(cp)];

    /// <summary>Appends the full lowercase mapping of <paramref name="cp"/> (without the final-sigma rule).</summary>
    public static void AppendLower(CodePointBuilder sb, int cp) => AppendMapped(sb, cp, RecordLower[RecordOf(cp)]);

    public static void AppendUpper(CodePointBuilder sb, int cp) => AppendMapped(sb, cp, RecordUpper[RecordOf(cp)]);

    public static void AppendTitle(CodePointBuilder sb, int cp) => AppendMapped(sb, cp, RecordTitle[RecordOf(cp)]);

    public static void AppendFold(CodePointBuilder sb, int cp) => AppendMapped(sb, cp, RecordFold[RecordOf(cp)]);

    /// <summary>The simple mapping when it is one code point, else -1 (then use the Append form).</summary>
    public static int LowerSimple(int cp) => Simple(cp, RecordLower[RecordOf(cp)]);

    public static int UpperSimple(int cp) => Simple(cp, RecordUpper[RecordOf(cp)]);

    public static int TitleSimple(int cp) => Simple(cp, RecordTitle[RecordOf(cp)]);

    public static int FoldSimple(int cp) => Simple(cp, RecordFold[RecordOf(cp)]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Simple(int cp, int entry) => entry > SpecialBase ? cp + entry : -1;

    private static void AppendMapped(CodePointBuilder sb, int cp, int entry)
    {
        if (entry > SpecialBase)
        {
            sb.Add(cp + entry);
            return;
        }

        int offset = SpecialOffsets[SpecialBase - entry];
        var text = SpecialText;
        int n = text[offset];
        for (int i = 0; i < n; i++)
        {
            int c = text[offset + 1 + i];
            if (c is >= 0xD800 and <= 0xDBFF && i + 1 < n)
            {
                c = char.ConvertToUtf32((char)c, (char)text[offset + 2 + i]);
                i++;
            }

            sb.Add(c);
        }
    }

    /// <summary>The Unicode version these tables describe.</summary>
    public static string Version => UnicodeVersion;
}
