namespace Ember.Runtime.Codecs;

/// <summary>The error handlers of the codec registry that Ember implements natively (Python/codecs.c).</summary>
public enum ErrorHandler
{
    /// <summary>A name that is not registered: LookupError when an error needs it.</summary>
    Unknown,
    Strict,
    Ignore,
    Replace,
    SurrogateEscape,
    SurrogatePass,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
}

public static class ErrorHandlers
{
    public static ErrorHandler Parse(string name) => name switch
    {
        "strict" => ErrorHandler.Strict,
        "ignore" => ErrorHandler.Ignore,
        "replace" => ErrorHandler.Replace,
        "surrogateescape" => ErrorHandler.SurrogateEscape,
        "surrogatepass" => ErrorHandler.SurrogatePass,
        "backslashreplace" => ErrorHandler.BackslashReplace,
        "xmlcharrefreplace" => ErrorHandler.XmlCharRefReplace,
        "namereplace" => ErrorHandler.NameReplace,
        _ => ErrorHandler.Unknown,
    };
}
