using System.Text;

namespace Ember.Cli;

/// <summary>
/// Buffered UTF-8 writers over the process's stdout and stderr. Console's own
/// writers are avoided: they cost start-up time and flush per line, and an AST
/// dump is megabytes.
/// </summary>
internal sealed class StandardStreams : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Stream _stdout;
    private readonly Stream _stderr;
    private StreamWriter? _out;

    public StandardStreams()
    {
        _stdout = Console.OpenStandardOutput();
        _stderr = Console.OpenStandardError();
    }

    /// <summary>A buffered text writer on stdout, created on first use.</summary>
    public TextWriter Out => _out ??= new StreamWriter(_stdout, s_utf8, bufferSize: 1 << 16) { AutoFlush = false };

    /// <summary>Writes text to stderr at once, after flushing stdout so the two stay in order.</summary>
    public void WriteError(string text)
    {
        WriteError(s_utf8.GetBytes(text));
    }

    /// <summary>Writes bytes to stderr at once, after flushing stdout; a closed stderr is ignored.</summary>
    public void WriteError(ReadOnlySpan<byte> bytes)
    {
        FlushOut();
        try
        {
            _stderr.Write(bytes);
            _stderr.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // stderr is closed: like CPython with sys.stderr None, say nothing.
        }
    }

    /// <summary>Flushes stdout; false when it cannot be written (closed, or the reader has gone away).</summary>
    public bool FlushOut()
    {
        try
        {
            _out?.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        FlushOut();
    }
}
