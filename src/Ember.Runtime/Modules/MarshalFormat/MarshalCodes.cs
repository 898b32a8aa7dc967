namespace Ember.Runtime.Modules.MarshalFormat;

/// <summary>marshal.c's type codes (the first byte of each object) and the reference flag.</summary>
internal static class MarshalCodes
{
    public const int Null = '0';
    public const int None = 'N';
    public const int False = 'F';
    public const int True = 'T';
    public const int StopIter = 'S';
    public const int Ellipsis = '.';
    public const int Int = 'i';
    public const int Int64 = 'I';
    public const int Float = 'f';
    public const int BinaryFloat = 'g';
    public const int Complex = 'x';
    public const int BinaryComplex = 'y';
    public const int Long = 'l';
    public const int String = 's';
    public const int Interned = 't';
    public const int Ref = 'r';
    public const int Tuple = '(';
    public const int List = '[';
    public const int Dict = '{';
    public const int Code = 'c';
    public const int Unicode = 'u';
    public const int Unknown = '?';
    public const int Set = '<';
    public const int FrozenSet = '>';
    public const int Ascii = 'a';
    public const int AsciiInterned = 'A';
    public const int SmallTuple = ')';
    public const int ShortAscii = 'z';
    public const int ShortAsciiInterned = 'Z';
    public const int FlagRef = 0x80;
}
