using System.Runtime.CompilerServices;

namespace Ember.Modules.Sre;

/// <summary>
/// The subject of a match as the engine reads it: one character (a code
/// point or a byte) per index. The engine is generic over these structs, so
/// each kind of text gets its own compiled matcher, as sre_lib.h is included
/// once per character width.
/// </summary>
internal interface ISreText
{
    uint this[int index] { get; }
}

/// <summary>A str without surrogates: UTF-16 units are code points.</summary>
internal readonly struct Utf16Text(string text) : ISreText
{
    public uint this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => text[index];
    }
}

/// <summary>A str with astral characters or lone surrogates, as its code points.</summary>
internal readonly struct CodePointText(int[] text) : ISreText
{
    public uint this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (uint)text[index];
    }
}

/// <summary>The bytes of a bytes-like object.</summary>
internal readonly struct ByteText(byte[] text) : ISreText
{
    public uint this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => text[index];
    }
}
