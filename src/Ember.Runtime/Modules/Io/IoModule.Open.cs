using Ember.Runtime.Objects;

namespace Ember.Runtime.Modules.Io;

public static partial class IoModule
{
    /// <summary>open(path, 'rb') for open_code and the import system.</summary>
    public static PyObject? OpenBinaryRead(PyObject path) => PyFileIO.Open(path, "rb", true, null);
}
