namespace Ember.Cli;

/// <summary>Which help text the command line asked for.</summary>
internal enum HelpRequest
{
    None,
    Usage,
    Environment,
    XOptions,
    All,
}

/// <summary>
/// The parsed command line, following CPython 3.11's rules (Python/getopt.c and
/// <c>config_parse_cmdline</c> in Python/initconfig.c): short options may be
/// grouped (<c>-bB</c>), an option's argument may be attached (<c>-Xast</c>,
/// <c>-cpass</c>) or follow, <c>-c</c> and <c>-m</c> end the options, <c>--</c>
/// ends them too, a lone <c>-</c> means standard input, and the first other
/// argument is the script. <c>-h</c> and the <c>--help-*</c> options and any
/// error stop parsing at once; <c>-V</c> is acted on after the whole line is read.
/// </summary>
internal sealed class CommandLine
{
    // Every short option CPython 3.11 knows; a ':' follows those that take an argument.
    private const string ShortOptions = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    private CommandLine(string programName)
    {
        ProgramName = programName;
    }

    /// <summary>The name error messages and the usage line start with (CPython's <c>argv[0]</c>).</summary>
    public string ProgramName { get; }

    /// <summary>The message for a bad command line (printed before the usage line); null when it parsed.</summary>
    public string? Error { get; private set; }

    public HelpRequest Help { get; private set; }

    /// <summary>How many times <c>-V</c>/<c>--version</c> was given.</summary>
    public int VersionRequests { get; private set; }

    /// <summary>The program text of <c>-c</c>.</summary>
    public string? Command { get; private set; }

    /// <summary>The module name of <c>-m</c>.</summary>
    public string? Module { get; private set; }

    /// <summary>The script file, as given.</summary>
    public string? Filename { get; private set; }

    /// <summary>The arguments after the program: <c>sys.argv[1:]</c>.</summary>
    public List<string> ProgramArguments { get; } = new();

    /// <summary>The <c>-X</c> options in order (<c>sys._xoptions</c>).</summary>
    public List<string> XOptions { get; } = new();

    /// <summary>The <c>-W</c> options in order (<c>sys.warnoptions</c>).</summary>
    public List<string> WarnOptions { get; } = new();

    /// <summary><c>-X ast</c>: print the program's syntax tree instead of running it.</summary>
    public bool DumpAst { get; private set; }

    public int BytesWarning { get; private set; }
    public bool DontWriteBytecode { get; private set; }
    public bool ParserDebug { get; private set; }
    public bool IgnoreEnvironment { get; private set; }
    public bool Inspect { get; private set; }
    public bool Isolated { get; private set; }
    public int Optimize { get; private set; }
    public bool SafePath { get; private set; }
    public bool Quiet { get; private set; }
    public bool NoUserSite { get; private set; }
    public bool NoSite { get; private set; }
    public bool Unbuffered { get; private set; }
    public int Verbose { get; private set; }
    public bool SkipFirstLine { get; private set; }
    public string? CheckHashBasedPycs { get; private set; }

    /// <summary>Parses <paramref name="args"/> (without the program name).</summary>
    public static CommandLine Parse(string[] args, string programName)
    {
        var result = new CommandLine(programName);
        result.ParseArguments(args);
        return result;
    }

    private void ParseArguments(string[] args)
    {
        int index = 0;
        while (index < args.Length)
        {
            string arg = args[index];
            if (arg.Length < 2 || arg[0] != '-')
            {
                // The script name, or a lone '-' for standard input.
                break;
            }

            index++;
            if (arg == "--")
            {
                break;
            }

            if (arg[1] == '-')
            {
                if (!ParseLongOption(arg, args, ref index))
                {
                    return;
                }

                continue;
            }

            // A group of short options: "-bB", "-Xast", "-c" "code".
            for (int pos = 1; pos < arg.Length; pos++)
            {
                char option = arg[pos];
                if (option == 'J')
                {
                    Error = "-J is reserved for Jython";
                    return;
                }

                int spec = ShortOptions.IndexOf(option, StringComparison.Ordinal);
                if (spec < 0 || option == ':')
                {
                    Error = $"Unknown option: -{option}";
                    return;
                }

                string? value = null;
                if (spec + 1 < ShortOptions.Length && ShortOptions[spec + 1] == ':')
                {
                    if (pos + 1 < arg.Length)
                    {
                        value = arg.Substring(pos + 1);
                    }
                    else if (index < args.Length)
                    {
                        value = args[index++];
                    }
                    else
                    {
                        Error = $"Argument expected for the -{option} option";
                        return;
                    }

                    pos = arg.Length;
                }

                switch (ApplyShortOption(option, value))
                {
                    case OptionOutcome.Continue:
                        break;
                    case OptionOutcome.Stop:
                        return;
                    case OptionOutcome.EndOfOptions:
                        CollectProgramArguments(args, index);
                        return;
                }
            }
        }

        // No -c or -m: the next argument, unless it is '-', names the script.
        if (index < args.Length && args[index] != "-")
        {
            Filename = args[index];
            index++;
        }
        else if (index < args.Length)
        {
            index++;
        }

        CollectProgramArguments(args, index);
    }

    private enum OptionOutcome
    {
        Continue,
        Stop,
        EndOfOptions,
    }

    private OptionOutcome ApplyShortOption(char option, string? value)
    {
        switch (option)
        {
            case 'b':
                BytesWarning++;
                break;
            case 'B':
                DontWriteBytecode = true;
                break;
            case 'c':
                // CPython appends a newline so the text parses as a file.
                Command = value + "\n";
                return OptionOutcome.EndOfOptions;
            case 'd':
                ParserDebug = true;
                break;
            case 'E':
                IgnoreEnvironment = true;
                break;
            case 'h':
            case '?':
                Help = HelpRequest.Usage;
                return OptionOutcome.Stop;
            case 'i':
                Inspect = true;
                break;
            case 'I':
                Isolated = true;
                IgnoreEnvironment = true;
                NoUserSite = true;
                SafePath = true;
                break;
            case 'm':
                Module = value;
                return OptionOutcome.EndOfOptions;
            case 'O':
                Optimize++;
                break;
            case 'P':
                SafePath = true;
                break;
            case 'q':
                Quiet = true;
                break;
            case 'R':
                // Hash randomization is always on since 3.3; CPython ignores -R.
                break;
            case 's':
                NoUserSite = true;
                break;
            case 'S':
                NoSite = true;
                break;
            case 't':
                // Accepted and ignored for compatibility, as CPython does.
                break;
            case 'u':
                Unbuffered = true;
                break;
            case 'v':
                Verbose++;
                break;
            case 'V':
                VersionRequests++;
                break;
            case 'W':
                WarnOptions.Add(value!);
                break;
            case 'x':
                SkipFirstLine = true;
                break;
            case 'X':
                XOptions.Add(value!);
                if (value == "ast")
                {
                    DumpAst = true;
                }

                break;
        }

        return OptionOutcome.Continue;
    }

    private bool ParseLongOption(string arg, string[] args, ref int index)
    {
        switch (arg)
        {
            case "--help":
                Help = HelpRequest.Usage;
                return false;
            case "--help-env":
                Help = HelpRequest.Environment;
                return false;
            case "--help-xoptions":
                Help = HelpRequest.XOptions;
                return false;
            case "--help-all":
                Help = HelpRequest.All;
                return false;
            case "--version":
                VersionRequests++;
                return true;
            case "--check-hash-based-pycs":
                if (index >= args.Length)
                {
                    Error = $"Argument expected for the {arg} options";
                    return false;
                }

                string value = args[index++];
                if (value is not ("default" or "always" or "never"))
                {
                    Error = "--check-hash-based-pycs must be one of 'default', 'always', or 'never'";
                    return false;
                }

                CheckHashBasedPycs = value;
                return true;
            default:
                Error = $"unknown option {arg}";
                return false;
        }
    }

    private void CollectProgramArguments(string[] args, int index)
    {
        for (int i = index; i < args.Length; i++)
        {
            ProgramArguments.Add(args[i]);
        }
    }
}
