using Ember.Runtime.Codecs;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// An incremental decoder over one of Ember's C# codecs (what
/// codecs.getincrementaldecoder gives TextIOWrapper): bytes that end inside
/// a character are kept for the next call; utf-16/32 read their BOM once.
/// State is (pending bytes, flags) as CPython's getstate reports it.
/// </summary>
public sealed class ByteDecoder
{
    private readonly CodecKind _kind;
    private readonly string _errors;
    private CodecKind _detected;
    private byte[] _pending = [];

    public ByteDecoder(CodecKind kind, string errors)
    {
        _kind = kind;
        _errors = errors;
        _detected = kind;
    }

    public ReadOnlySpan<byte> Pending => _pending;

    /// <summary>The flags of getstate(): for utf-16/32, 2 until the BOM is read, then 0 for little-endian and 1 for big-endian.</summary>
    public int Flags => _kind is not (CodecKind.Utf16 or CodecKind.Utf32) ? 0
        : _detected == _kind ? 2
        : _detected is CodecKind.Utf16BE or CodecKind.Utf32BE ? 1 : 0;

    public void Reset()
    {
        _pending = [];
        _detected = _kind;
    }

    public void SetState(byte[] pending, int flags)
    {
        _pending = pending;
        if (_kind is CodecKind.Utf16 or CodecKind.Utf32)
        {
            bool u16 = _kind == CodecKind.Utf16;
            _detected = flags switch
            {
                0 => u16 ? CodecKind.Utf16LE : CodecKind.Utf32LE,
                1 => u16 ? CodecKind.Utf16BE : CodecKind.Utf32BE,
                _ => _kind,
            };
        }
    }

    /// <summary>Decodes <paramref name="input"/> after what was pending; null with the codec error pending.</summary>
    public PyStr? Decode(ReadOnlySpan<byte> input, bool final)
    {
        byte[] data;
        if (_pending.Length == 0)
        {
            data = input.ToArray();
        }
        else
        {
            data = new byte[_pending.Length + input.Length];
            _pending.CopyTo(data, 0);
            input.CopyTo(data.AsSpan(_pending.Length));
        }

        int start = 0;
        if (_detected is CodecKind.Utf16 or CodecKind.Utf32)
        {
            int unit = _detected == CodecKind.Utf16 ? 2 : 4;
            if (data.Length < unit && !final)
            {
                _pending = data;
                return PyStr.Empty;
            }

            if (unit == 2 && data.Length >= 2)
            {
                if (data[0] == 0xFF && data[1] == 0xFE) { _detected = CodecKind.Utf16LE; start = 2; }
                else if (data[0] == 0xFE && data[1] == 0xFF) { _detected = CodecKind.Utf16BE; start = 2; }
                else { _detected = CodecKind.Utf16LE; }
            }
            else if (unit == 4 && data.Length >= 4)
            {
                if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { _detected = CodecKind.Utf32LE; start = 4; }
                else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { _detected = CodecKind.Utf32BE; start = 4; }
                else { _detected = CodecKind.Utf32LE; }
            }
        }

        var body = data.AsSpan(start);
        int keep = final ? 0 : IncompleteTail(body);
        _pending = keep == 0 ? [] : body[^keep..].ToArray();
        body = body[..^keep];
        if (body.Length == 0)
        {
            return PyStr.Empty;
        }

        return Ember.Runtime.Codecs.PyCodecs.Decode(body, _detected, _errors) as PyStr;
    }

    // How many trailing bytes start a character that is not complete yet.
    private int IncompleteTail(ReadOnlySpan<byte> b)
    {
        switch (_detected)
        {
            case CodecKind.Utf8:
                return Utf8Tail(b);
            case CodecKind.Utf16LE or CodecKind.Utf16BE:
            {
                int odd = b.Length & 1;
                if (b.Length - odd >= 2)
                {
                    int i = b.Length - odd - 2;
                    int unit = _detected == CodecKind.Utf16LE ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
                    if (unit is >= 0xD800 and <= 0xDBFF)
                    {
                        return odd + 2;
                    }
                }

                return odd;
            }

            case CodecKind.Utf32LE or CodecKind.Utf32BE:
                return b.Length & 3;
            default:
                return 0;
        }
    }

    private static int Utf8Tail(ReadOnlySpan<byte> b)
    {
        int n = b.Length;
        for (int back = 1; back <= 3 && back <= n; back++)
        {
            byte c = b[n - back];
            if ((c & 0xC0) == 0x80)
            {
                continue;
            }

            int need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (need <= back)
            {
                return 0;
            }

            // The bytes after the lead must fit its second-byte range.
            if (back >= 2)
            {
                byte s = b[n - back + 1];
                bool ok = c switch
                {
                    0xE0 => s >= 0xA0,
                    0xED => s <= 0x9F,
                    0xF0 => s >= 0x90,
                    0xF4 => s <= 0x8F,
                    _ => true,
                };
                if (!ok)
                {
                    return 0;
                }
            }

            return back;
        }

        return 0;
    }
}

/// <summary>
/// The newline part of IncrementalNewlineDecoder (Modules/_io/textio.c):
/// a "\r" at the end of a chunk waits for the next one, the kinds of
/// newline seen are recorded, and with translate they become "\n".
/// </summary>
public sealed class NewlineState
{
    public const int LF = 1;
    public const int CR = 2;
    public const int CRLF = 4;

    public bool Translate;
    public bool PendingCR;
    public int SeenNL;

    public NewlineState(bool translate) => Translate = translate;

    public string Process(string output, bool final)
    {
        if (PendingCR && (output.Length > 0 || final))
        {
            output = "\r" + output;
            PendingCR = false;
        }

        if (output.Length > 0 && output[^1] == '\r' && !final)
        {
            output = output[..^1];
            PendingCR = true;
        }

        if (output.IndexOf('\r') < 0)
        {
            if (output.IndexOf('\n') >= 0)
            {
                SeenNL |= LF;
            }

            return output;
        }

        int crlf = 0, cr = 0, lf = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (output[i] == '\n')
            {
                lf++;
            }
        }

        SeenNL |= (lf > 0 ? LF : 0) | (cr > 0 ? CR : 0) | (crlf > 0 ? CRLF : 0);
        if (Translate)
        {
            if (crlf > 0)
            {
                output = output.Replace("\r\n", "\n", StringComparison.Ordinal);
            }

            if (cr > 0)
            {
                output = output.Replace('\r', '\n');
            }
        }

        return output;
    }

    public PyObject Newlines => SeenNL switch
    {
        0 => PyNone.Instance,
        LF => new PyStr("\n"),
        CR => new PyStr("\r"),
        CRLF => new PyStr("\r\n"),
        CR | LF => PyTuple.Create([new PyStr("\r"), new PyStr("\n")]),
        LF | CRLF => PyTuple.Create([new PyStr("\n"), new PyStr("\r\n")]),
        CR | CRLF => PyTuple.Create([new PyStr("\r"), new PyStr("\r\n")]),
        _ => PyTuple.Create([new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")]),
    };
}
