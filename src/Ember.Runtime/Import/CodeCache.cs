using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ember.Bytecode;
using Ember.Bytecode.Serialization;
using Ember.Compiler;
using Ember.Syntax.Parsing;

namespace Ember.Runtime.Import;

/// <summary>
/// The compiled-code cache: code objects compiled from source files, kept in
/// a cache directory of Ember's own (never next to the sources) so the next
/// start does not parse and compile them again.
/// <para>
/// An entry is found by a SHA-256 key over Ember's build, the compile inputs
/// (file name, mode, options) and the source bytes themselves, so a changed
/// source, a different Ember or different options can never meet a stale
/// entry. A file is written to a temporary name and renamed into place, so two
/// processes filling the same entry both leave a whole file. A file that is
/// short, damaged or written by another format is ignored and rewritten.
/// </para>
/// <para>
/// The directory is <c>EMBER_CACHE_DIR</c> (empty: no cache), else
/// <c>$XDG_CACHE_HOME/ember</c>, else <c>~/.cache/ember</c>. The cache holds
/// only immutable configuration and may be shared by all interpreters.
/// </para>
/// </summary>
public sealed class CodeCache
{
    private const uint Magic = 0x434D4245; // "EMBC"
    private const int KeySize = 32;
    private const int HeaderSize = 4 + 4 + KeySize + 4 + 8;

    /// <summary>Identifies the build: a cache written by another build of the parser or compiler is never read.</summary>
    private static readonly byte[] s_buildId = BuildId();

    private CodeCache(string directory)
    {
        Directory = directory;
    }

    /// <summary>Where the entries live.</summary>
    public string Directory { get; }

    /// <summary>The cache the environment asks for, or null when it is switched off (or no home is known).</summary>
    public static CodeCache? FromEnvironment()
    {
        var explicitDir = Environment.GetEnvironmentVariable("EMBER_CACHE_DIR");
        if (explicitDir is not null)
        {
            return explicitDir.Length == 0 ? null : new CodeCache(Path.GetFullPath(explicitDir));
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return new CodeCache(Path.Combine(xdg, "ember"));
        }

        var home = Environment.GetEnvironmentVariable("HOME");
        return string.IsNullOrEmpty(home) ? null : new CodeCache(Path.Combine(home, ".cache", "ember"));
    }

    /// <summary>A cache in <paramref name="directory"/> (tests, hosts that choose their own place).</summary>
    public static CodeCache At(string directory) => new(Path.GetFullPath(directory));

    /// <summary>
    /// The code for a source file's bytes (<see cref="PythonCompiler.CompileFile"/>):
    /// from the cache when an entry exists, else compiled and stored. A
    /// SyntaxError propagates as the compiler throws it; nothing is stored for it.
    /// </summary>
    public CodeObject CompileFile(ReadOnlySpan<byte> source, string filename, CompileOptions options) =>
        GetOrCompile(source, filename, CompileKind.File, CompileMode.Exec, options);

    /// <summary>As <see cref="PythonCompiler.CompileBytes"/> (compile() given bytes), through the cache.</summary>
    public CodeObject CompileBytes(ReadOnlySpan<byte> source, string filename, CompileMode mode, CompileOptions options) =>
        GetOrCompile(source, filename, CompileKind.Bytes, mode, options);

    /// <summary>The path of the entry for these inputs (tests look at it).</summary>
    public string EntryPath(ReadOnlySpan<byte> source, string filename, bool asFile, CompileMode mode, CompileOptions options) =>
        PathFor(Key(source, filename, asFile ? CompileKind.File : CompileKind.Bytes, mode, options));

    private CodeObject GetOrCompile(ReadOnlySpan<byte> source, string filename, CompileKind kind, CompileMode mode, CompileOptions options)
    {
        var key = Key(source, filename, kind, mode, options);
        var path = PathFor(key);
        if (TryRead(path, key) is { } cached)
        {
            return cached;
        }

        var code = kind == CompileKind.File
            ? PythonCompiler.CompileFile(source, filename, options)
            : PythonCompiler.CompileBytes(source, filename, mode, options);
        TryWrite(path, key, code);
        return code;
    }

    private static byte[] Key(ReadOnlySpan<byte> source, string filename, CompileKind kind, CompileMode mode, CompileOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(s_buildId);
        Span<byte> fields = stackalloc byte[24];
        BinaryPrimitives.WriteInt32LittleEndian(fields, CodeObject.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(fields[4..], (int)kind);
        BinaryPrimitives.WriteInt32LittleEndian(fields[8..], (int)mode);
        BinaryPrimitives.WriteInt32LittleEndian(fields[12..], options.Optimize);
        BinaryPrimitives.WriteInt32LittleEndian(fields[16..], options.DontInherit ? 0 : (int)options.FutureFlags);
        BinaryPrimitives.WriteInt32LittleEndian(fields[20..], options.RecursionLimit);
        hash.AppendData(fields);
        var name = Encoding.UTF8.GetBytes(filename);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, name.Length);
        hash.AppendData(length);
        hash.AppendData(name);
        hash.AppendData(source);
        return hash.GetHashAndReset();
    }

    private string PathFor(byte[] key)
    {
        var hex = Convert.ToHexStringLower(key);
        return Path.Combine(Directory, hex[..2], hex[2..] + ".embc");
    }

    private static CodeObject? TryRead(string path, byte[] key)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (data.Length < HeaderSize
            || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(4)) != CodeObject.FormatVersion
            || !data.AsSpan(8, KeySize).SequenceEqual(key))
        {
            return null;
        }

        int payloadLength = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8 + KeySize));
        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(12 + KeySize));
        var payload = data.AsSpan(HeaderSize);
        if (payloadLength != payload.Length || Fnv1a(payload) != checksum)
        {
            return null;
        }

        return CodeReader.Deserialize(payload);
    }

    private static void TryWrite(string path, byte[] key, CodeObject code)
    {
        var payload = CodeWriter.Serialize(code);
        var data = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(data, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), CodeObject.FormatVersion);
        key.CopyTo(data.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(8 + KeySize), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(12 + KeySize), Fnv1a(payload));
        payload.CopyTo(data.AsSpan(HeaderSize));

        // A unique temporary name, then a rename: readers see the old file or the whole new one.
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, data);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: an unwritable directory only costs the next start a compile.
            try
            {
                File.Delete(temp);
            }
            catch (Exception e2) when (e2 is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>FNV-1a over the payload: a cheap check that the file was not damaged.</summary>
    private static ulong Fnv1a(ReadOnlySpan<byte> data)
    {
        ulong h = 0xcbf29ce484222325;
        foreach (byte b in data)
        {
            h = (h ^ b) * 0x100000001b3;
        }

        return h;
    }

    private static byte[] BuildId()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in (ReadOnlySpan<System.Reflection.Assembly>)[typeof(Parser).Assembly, typeof(CodeObject).Assembly, typeof(PythonCompiler).Assembly])
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        // A NativeAOT program carries its assemblies inside the executable:
        // its size and time tell one build from the next even where the
        // module ids do not.
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported is false && Environment.ProcessPath is { } exe)
        {
            try
            {
                var info = new FileInfo(exe);
                hash.AppendData(BitConverter.GetBytes(info.Length));
                hash.AppendData(BitConverter.GetBytes(info.LastWriteTimeUtc.Ticks));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return hash.GetHashAndReset();
    }

    private enum CompileKind
    {
        File = 1,
        Bytes = 2,
    }
}
