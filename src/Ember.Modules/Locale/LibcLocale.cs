using System.Runtime.InteropServices;

namespace Ember.Modules.Locale;

/// <summary>The C library's locale and gettext functions that Modules/_localemodule.c calls. Stateless here: the locale is the C library's.</summary>
internal static class LibcLocale
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "setlocale")]
    public static extern nint SetLocale(int category, byte[]? locale);

    [DllImport(Lib, EntryPoint = "localeconv")]
    public static extern nint LocaleConv();

    [DllImport(Lib, EntryPoint = "nl_langinfo")]
    public static extern nint NlLangInfo(int item);

    [DllImport(Lib, EntryPoint = "wcscoll")]
    public static extern int WcsColl(int[] a, int[] b);

    [DllImport(Lib, EntryPoint = "wcsxfrm")]
    public static extern nuint WcsXfrm(int[]? dest, int[] src, nuint n);

    [DllImport(Lib, EntryPoint = "gettext")]
    public static extern nint GetText(byte[] msgid);

    [DllImport(Lib, EntryPoint = "dgettext")]
    public static extern nint DGetText(byte[]? domain, byte[] msgid);

    [DllImport(Lib, EntryPoint = "dcgettext")]
    public static extern nint DcGetText(byte[]? domain, byte[] msgid, int category);

    [DllImport(Lib, EntryPoint = "textdomain", SetLastError = true)]
    public static extern nint TextDomain(byte[]? domain);

    [DllImport(Lib, EntryPoint = "bindtextdomain", SetLastError = true)]
    public static extern nint BindTextDomain(byte[] domain, byte[]? dirname);

    [DllImport(Lib, EntryPoint = "bind_textdomain_codeset", SetLastError = true)]
    public static extern nint BindTextDomainCodeset(byte[] domain, byte[]? codeset);
}
