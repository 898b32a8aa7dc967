using Ember.Syntax.Diagnostics;

namespace Ember.Cli;

/// <summary>The command line's error reports; the formatting lives with the host (Ember.Runtime.Hosting.ErrorReport).</summary>
internal static class ErrorReport
{
    public static byte[] FormatSyntaxError(PythonSyntaxError error) => Runtime.Hosting.ErrorReport.FormatSyntaxError(error);

    public static string ExceptionLine(string typeName, string message) => Runtime.Hosting.ErrorReport.ExceptionLine(typeName, message);
}
