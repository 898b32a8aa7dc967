namespace Ember.Cli;

/// <summary>
/// The help texts. The options are CPython's, so scripts and tools that start
/// <c>python</c> can start <c>ember</c>; the words are Ember's own.
/// </summary>
internal static class Usage
{
    /// <summary>The one-line synopsis, as CPython prints it on a usage error too.</summary>
    public static string Synopsis(string programName) =>
        $"usage: {programName} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    /// <summary>What follows a bad command line on stderr.</summary>
    public static string ErrorHint(string programName) =>
        Synopsis(programName) + "Try `ember -h' for more information.\n";

    public static string Text(string programName, HelpRequest request) => request switch
    {
        HelpRequest.Environment => EnvironmentHelp,
        HelpRequest.XOptions => XOptionsHelp,
        HelpRequest.All => Synopsis(programName) + OptionsHelp + "\n" + EnvironmentHelp + "\n" + XOptionsHelp,
        _ => Synopsis(programName) + OptionsHelp,
    };

    private const string OptionsHelp =
        """
        Options:
        -b     : warn when bytes or bytearray meet str in str() or a comparison
                 (-bb: make it an error)
        -B     : do not write .pyc files when importing
        -c cmd : run the program given as a string (ends the option list)
        -d     : parser debugging output (accepted; no effect)
        -E     : ignore the PYTHON* environment variables
        -h     : show this help and exit (also -? and --help)
        -i     : after the program ends, start an interactive prompt
        -I     : isolated mode: implies -E, -P and -s
        -m mod : run a library module as the program (ends the option list)
        -O     : drop assert statements and code that depends on __debug__
        -OO    : as -O, and also drop docstrings
        -P     : do not put the script's directory or the current directory
                 first on sys.path
        -q     : no version banner in interactive mode
        -s     : do not add the user site-packages directory to sys.path
        -S     : do not import the site module at start-up
        -u     : unbuffered stdout and stderr
        -v     : trace imports (repeat for more detail)
        -V     : print the Python version Ember implements and Ember's own
                 version, then exit (also --version)
        -W arg : warning filter, action:message:category:module:lineno
        -x     : skip the program's first line (for non-Unix #! forms)
        -X opt : Ember-specific option; -X ast prints the program's syntax tree
                 instead of running it (see --help-xoptions)
        --check-hash-based-pycs always|default|never:
                 when to check .pyc files that carry a source hash
        --help-env      : list the environment variables Ember reads, and exit
        --help-xoptions : list the -X options, and exit
        --help-all      : show all of the help, and exit
        Arguments:
        file   : the program, read from this file
        -      : the program, read from standard input (the default)
        arg ...: arguments for the program, in sys.argv[1:]

        """;

    private const string EnvironmentHelp =
        """
        Environment variables:
        Ember does not read any PYTHON* variables yet; -E and -I are accepted.

        """;

    private const string XOptionsHelp =
        """
        Ember's -X options:
        -X ast : parse the program and print its syntax tree instead of running
                 it, exactly as CPython 3.11 prints
                 ast.dump(ast.parse(source, filename), include_attributes=True);
                 a syntax error is reported as running the file would report it.
        Other -X options are accepted and kept for sys._xoptions.

        """;
}
