using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Sys;

/// <summary>The <c>sys</c> module (Python/sysmodule.c).</summary>
public static class SysModule
{
    /// <summary>Creates <c>sys</c> for <paramref name="interp"/> and puts it in sys.modules.</summary>
    public static void Init(PyInterpreterState interp)
    {
    }
}
