using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Codecs;

/// <summary>
/// <c>EncodingMap</c> (Objects/unicodeobject.c): what charmap_build makes of
/// a single-byte codec's decoding table, a compact char → byte lookup. The
/// three-level layout of CPython is kept only as its counts, which size() reports.
/// </summary>
public sealed class PyEncodingMap : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("EncodingMap", null, TypeFlags.None, null, InitMembers);

    private readonly Dictionary<int, byte> _map;
    private readonly int _count2;
    private readonly int _count3;

    private PyEncodingMap(Dictionary<int, byte> map, int count2, int count3)
        : base(TypeObject)
    {
        _map = map;
        _count2 = count2;
        _count3 = count3;
    }

    private static void InitMembers(PyType type) =>
        type.AddMethod("size", static (self, args, kw) =>
            Args.NoArgs("EncodingMap.size", args, kw) ? PyInt.From(((PyEncodingMap)self).Size) : null);

    // sizeof(struct encoding_map) - 1 + 16*count2 + 128*count3, as encoding_map_size reports.
    private long Size => 63 + (16L * _count2) + (128L * _count3);

    /// <summary>encoding_map_lookup: the byte for <paramref name="cp"/>, or -1.</summary>
    public int Lookup(int cp)
    {
        if (cp == 0)
        {
            return 0;
        }

        return _map.TryGetValue(cp, out byte b) ? b : -1;
    }

    /// <summary>
    /// PyUnicode_BuildEncodingMap: an EncodingMap when the table starts with
    /// U+0000, has no other U+0000 and nothing beyond the BMP, and fits the
    /// three levels; else a dict of code point → index.
    /// </summary>
    public static PyObject Build(PyStr table)
    {
        var cps = table.GetCodePoints();
        bool needDict = cps.Length == 0 || cps[0] != 0;
        var level1 = new HashSet<int>();
        var level2 = new HashSet<int>();
        for (int i = 1; i < cps.Length && !needDict; i++)
        {
            int ch = cps[i];
            if (ch == 0 || ch > 0xFFFF)
            {
                needDict = true;
                break;
            }

            if (ch == 0xFFFE)
            {
                continue;
            }

            level1.Add(ch >> 11);
            level2.Add(ch >> 7);
        }

        if (level1.Count >= 0xFF || level2.Count >= 0xFF)
        {
            needDict = true;
        }

        if (needDict)
        {
            var dict = new PyDict();
            for (int i = 0; i < cps.Length; i++)
            {
                dict.SetItem(PyInt.From(cps[i]), PyInt.From(i));
            }

            return dict;
        }

        var map = new Dictionary<int, byte>();
        for (int i = 1; i < cps.Length; i++)
        {
            if (cps[i] != 0xFFFE)
            {
                map[cps[i]] = (byte)i;
            }
        }

        return new PyEncodingMap(map, level1.Count, level2.Count);
    }
}

/// <summary>
/// The charmap codec (PyUnicode_DecodeCharmap / PyUnicode_EncodeCharmap):
/// the single-byte codecs of the encodings package, with a decoding table
/// (str), a mapping, or an EncodingMap; None means latin-1.
/// </summary>
public static class Charmap
{
    private const string Undefined = "character maps to <undefined>";

    private enum Lookup
    {
        Found,
        Undefined,
        Error,
    }

    public static PyStr? Decode(ReadOnlySpan<byte> data, string errors, PyObject? mapping)
    {
        if (mapping is null or PyNone)
        {
            return Decoder.Decode(data, CodecKind.Latin1, errors) as PyStr;
        }

        var output = new CodePointBuilder(data.Length);
        int[]? table = mapping is PyStr s ? s.GetCodePoints() : null;
        PyBytes? source = null;
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            var found = table is not null ? FromTable(table, b, output) : FromMapping(mapping, b, output);
            if (found == Lookup.Found)
            {
                i++;
                continue;
            }

            if (found == Lookup.Error)
            {
                return null;
            }

            source ??= new PyBytes(data.ToArray());
            if (!ErrorCallbacks.CallDecode(errors, "charmap", source, i, i + 1, Undefined, out var rep, out int newPos))
            {
                return null;
            }

            output.Add(rep);
            i = newPos;
        }

        return output.ToPyStr();
    }

    private static Lookup FromTable(int[] table, byte b, CodePointBuilder output)
    {
        if (b >= table.Length || table[b] == 0xFFFE)
        {
            return Lookup.Undefined;
        }

        output.Add(table[b]);
        return Lookup.Found;
    }

    private static Lookup FromMapping(PyObject mapping, byte b, CodePointBuilder output)
    {
        var item = PyObjectGetItem(mapping, PyInt.From(b));
        if (item is null)
        {
            return PyErr.Clear(PyExc.LookupError) ? Lookup.Undefined : Lookup.Error;
        }

        switch (item)
        {
            case PyNone:
                return Lookup.Undefined;
            case PyInt i:
            {
                var v = i.ToBigInteger();
                if (v == 0xFFFE)
                {
                    return Lookup.Undefined;
                }

                if (v < 0 || v > 0x10FFFF)
                {
                    PyErr.TypeError("character mapping must be in range(0x110000)");
                    return Lookup.Error;
                }

                output.Add((int)v);
                return Lookup.Found;
            }

            case PyStr s:
                if (s.Length == 1 && s.CodePointAt(0) == 0xFFFE)
                {
                    return Lookup.Undefined;
                }

                output.Add(s);
                return Lookup.Found;
            default:
                PyErr.TypeError("character mapping must return integer, None or str");
                return Lookup.Error;
        }
    }

    private static PyObject? PyObjectGetItem(PyObject mapping, PyObject key) => PySequence.GetItem(mapping, key);

    public static PyBytes? Encode(PyStr s, string errors, PyObject? mapping)
    {
        if (mapping is null or PyNone)
        {
            return Encoder.Encode(s, CodecKind.Latin1, errors) as PyBytes;
        }

        var cps = s.GetCodePoints();
        var output = new ByteBuilder(cps.Length);
        int i = 0;
        while (i < cps.Length)
        {
            var found = Output(cps[i], mapping, output);
            if (found == Lookup.Found)
            {
                i++;
                continue;
            }

            if (found == Lookup.Error)
            {
                return null;
            }

            // charmap_encoding_error: the whole run of unmappable characters goes to the handler.
            int end = i + 1;
            while (end < cps.Length)
            {
                var probe = Probe(cps[end], mapping);
                if (probe == Lookup.Error)
                {
                    return null;
                }

                if (probe == Lookup.Found)
                {
                    break;
                }

                end++;
            }

            if (!ErrorCallbacks.CallEncode(errors, "charmap", s, cps.Length, i, end, Undefined, out var rep, out int newPos))
            {
                return null;
            }

            if (rep is PyBytes bytes)
            {
                output.Add(bytes.Data);
            }
            else
            {
                foreach (int cp in ((PyStr)rep).GetCodePoints())
                {
                    var r = Output(cp, mapping, output);
                    if (r == Lookup.Error)
                    {
                        return null;
                    }

                    if (r == Lookup.Undefined)
                    {
                        CodecErrors.EncodeError("charmap", s, i, end, Undefined);
                        return null;
                    }
                }
            }

            i = newPos;
        }

        return new PyBytes(output.ToArray());
    }

    // Whether a character is mappable, without writing it (the scan for the end of a run).
    private static Lookup Probe(int cp, PyObject mapping)
    {
        if (mapping is PyEncodingMap map)
        {
            return map.Lookup(cp) >= 0 ? Lookup.Found : Lookup.Undefined;
        }

        var scratch = new ByteBuilder(4);
        return Output(cp, mapping, scratch);
    }

    // charmapencode_output: writes the mapping of one character.
    private static Lookup Output(int cp, PyObject mapping, ByteBuilder output)
    {
        if (mapping is PyEncodingMap map)
        {
            int b = map.Lookup(cp);
            if (b < 0)
            {
                return Lookup.Undefined;
            }

            output.Add((byte)b);
            return Lookup.Found;
        }

        var item = PyObjectGetItem(mapping, PyInt.From(cp));
        if (item is null)
        {
            return PyErr.Clear(PyExc.LookupError) ? Lookup.Undefined : Lookup.Error;
        }

        switch (item)
        {
            case PyNone:
                return Lookup.Undefined;
            case PyInt i:
            {
                var v = i.ToBigInteger();
                if (v < 0 || v > 255)
                {
                    PyErr.TypeError("character mapping must be in range(256)");
                    return Lookup.Error;
                }

                output.Add((byte)v);
                return Lookup.Found;
            }

            case PyBytes b:
                output.Add(b.Data);
                return Lookup.Found;
            default:
                PyErr.TypeError($"character mapping must return integer, bytes or None, not {item.Type.Name}");
                return Lookup.Error;
        }
    }
}
