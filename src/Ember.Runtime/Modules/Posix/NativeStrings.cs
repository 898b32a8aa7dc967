using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Posix;

/// <summary>
/// A NULL-terminated array of C strings in unmanaged memory (argv, envp) for
/// exec and posix_spawn; freed on dispose.
/// </summary>
internal sealed class NativeStrings : IDisposable
{
    private readonly nint[] _pointers;

    public NativeStrings(List<byte[]> strings)
    {
        _pointers = new nint[strings.Count + 1];
        for (int i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            int n = s.Length > 0 && s[^1] == 0 ? s.Length - 1 : s.Length;
            nint p = Marshal.AllocHGlobal(n + 1);
            Marshal.Copy(s, 0, p, n);
            Marshal.WriteByte(p, n, 0);
            _pointers[i] = p;
        }
    }

    /// <summary>The array itself, NULL last; pinned by the marshaller for the call.</summary>
    public nint[] Pointers => _pointers;

    public void Dispose()
    {
        for (int i = 0; i < _pointers.Length - 1; i++)
        {
            Marshal.FreeHGlobal(_pointers[i]);
            _pointers[i] = 0;
        }
    }
}
