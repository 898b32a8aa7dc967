namespace Ember.Runtime.Text;

/// <summary>The Python exception class a text operation fails with.</summary>
public enum TextErrorKind : byte
{
    None,
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
    IndexError,

    /// <summary>A KeyError; the message is <c>repr(key)</c>, as <c>str()</c> of one shows it.</summary>
    KeyError,

    /// <summary>
    /// An exception the caller's own callback raised (a mapping lookup, a
    /// <c>__str__</c>) and keeps pending; the message is not used.
    /// </summary>
    Pending,
}

/// <summary>
/// A failure of a formatting or parsing operation, returned as a value (never
/// thrown): the Python exception class and CPython 3.11's message for it. The
/// object model turns it into the exception object when Python code can see it.
/// </summary>
public readonly record struct TextError(TextErrorKind Kind, string Message)
{
    public bool IsError => Kind != TextErrorKind.None;

    /// <summary>The Python class name (<c>ValueError</c>, ...).</summary>
    public string TypeName => Kind switch
    {
        TextErrorKind.ValueError => "ValueError",
        TextErrorKind.TypeError => "TypeError",
        TextErrorKind.OverflowError => "OverflowError",
        TextErrorKind.MemoryError => "MemoryError",
        TextErrorKind.IndexError => "IndexError",
        TextErrorKind.KeyError => "KeyError",
        TextErrorKind.Pending => "(pending)",
        _ => "None",
    };

    public static TextError Value(string message) => new(TextErrorKind.ValueError, message);

    public static TextError Type(string message) => new(TextErrorKind.TypeError, message);

    public static TextError Overflow(string message) => new(TextErrorKind.OverflowError, message);

    /// <summary>A result too large for a .NET string (CPython would try to allocate it).</summary>
    public static TextError Memory() => new(TextErrorKind.MemoryError, string.Empty);

    public override string ToString() => Message.Length == 0 ? TypeName : TypeName + ": " + Message;
}
