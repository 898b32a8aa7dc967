using Ember.Runtime.Objects;

namespace Ember.Runtime.Threading;

/// <summary>
/// One Python interpreter (CPython's PyInterpreterState): everything mutable
/// that Python code can reach lives here or in a <see cref="PyThreadState"/>, so
/// several interpreters run side by side in one process (DESIGN.md).
/// </summary>
public sealed class PyInterpreterState
{
    public PyInterpreterState()
    {
        Modules = new PyDict();
        Builtins = new PyDict();
        Gil = new InterpreterLock(Pending);
    }

    /// <summary><c>sys.modules</c>.</summary>
    public PyDict Modules { get; }

    /// <summary>The dict of the <c>builtins</c> module.</summary>
    public PyDict Builtins { get; }

    /// <summary>Where sys.stdout, sys.stderr and sys.stdin read and write; a host may redirect them.</summary>
    public TextWriter Stdout = Console.Out;

    public TextWriter Stderr = Console.Error;

    public TextReader Stdin = Console.In;

    /// <summary>The builtin modules the host adds to the runtime's own (import looks here after <see cref="Ember.Runtime.Modules.ModuleRegistry"/>).</summary>
    public Ember.Runtime.Modules.ModuleTable ExtensionModules { get; init; } = Ember.Runtime.Modules.ModuleTable.Empty;

    /// <summary>The compiled-code cache source files go through (null: none); the environment chooses it unless the host does.</summary>
    /// <summary>How the interpreter was set up: the command line's and the environment's choices.</summary>
    public Ember.Runtime.Hosting.PyConfig Config { get; init; } = new();

    /// <summary>The import system's state: importlib's bootstrap module and the builtins' __import__.</summary>
    public Ember.Runtime.Import.ImportState Import { get; } = new();

    public Ember.Runtime.Import.CodeCache? CodeCache { get; init; } = Ember.Runtime.Import.CodeCache.FromEnvironment();

    /// <summary><c>sys.argv</c> as given to the host.</summary>
    public string[] Argv = [""];

    /// <summary><c>sys.warnoptions</c> as the host built them (-W options, PYTHONWARNINGS, -b).</summary>
    public string[] WarnOptions = [];

    /// <summary><c>sys.getrecursionlimit()</c>.</summary>
    public int RecursionLimit = 1000;

    /// <summary><c>sys.get_int_max_str_digits()</c>: the most decimal digits int/str conversions accept (0: no limit).</summary>
    public int IntMaxStrDigits = 4300;

    /// <summary>The eval breaker and the work other threads queue for this interpreter (finalizers, weakref callbacks).</summary>
    public readonly PendingCalls Pending = new();

    /// <summary>The interpreter lock its threads take turns with (off until a second thread starts).</summary>
    public readonly InterpreterLock Gil;

    /// <summary>The first thread state made for this interpreter: the one that runs __main__ (_thread.interrupt_main's target).</summary>
    public PyThreadState? MainThread;

    /// <summary>The thread states alive now (the interpreter's tstate list), for sys._current_frames; lock it to read or change.</summary>
    public readonly List<PyThreadState> Threads = [];

    /// <summary>How many threads started by _thread are running (<c>_thread._count()</c>).</summary>
    public int ThreadCount;

    /// <summary>
    /// Per-interpreter state of modules and subsystems, keyed by the owner's
    /// type (the sys module, the import system, the type machinery's caches).
    /// </summary>
    private readonly Dictionary<Type, object> _state = new();

    /// <summary>The state of <typeparamref name="T"/> if it was made already; never creates it.</summary>
    public T? TryGetState<T>()
        where T : class
    {
        lock (_state)
        {
            return _state.TryGetValue(typeof(T), out var existing) ? (T)existing : null;
        }
    }

    public T GetState<T>(Func<PyInterpreterState, T> create)
        where T : class
    {
        lock (_state)
        {
            if (_state.TryGetValue(typeof(T), out var existing))
            {
                return (T)existing;
            }

            var state = create(this);
            _state[typeof(T)] = state;
            return state;
        }
    }
}
