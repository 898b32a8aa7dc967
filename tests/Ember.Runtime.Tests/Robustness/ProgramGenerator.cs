using System.Globalization;
using System.Text;

namespace Ember.Runtime.Tests.Robustness;

/// <summary>
/// Builds random Python programs from the grammar: module-level statements,
/// functions, classes with operator methods, generators, loops, try
/// statements, match, comprehensions, and expressions over a small pool of
/// names, calls to builtins and methods. The same seed gives the same program.
/// <para>
/// Programs are built to end: loops are bounded, exponents and shifts are
/// small literals, sequences are repeated only by small literals. Every
/// top-level statement runs inside a try statement that prints the exception's
/// class and message, so a program goes on after an error and its output says
/// what each statement did. Output never depends on addresses (the prelude's
/// <c>show</c> masks reprs that carry one).
/// </para>
/// </summary>
public sealed class ProgramGenerator
{
    /// <summary>Defined by every program; <c>show</c> prints values without addresses.</summary>
    public const string Prelude = """
        def show(*values):
            out = []
            for v in values:
                try:
                    r = repr(v)
                except Exception as e:
                    r = '<repr raised %s>' % type(e).__name__
                if ' at 0x' in r or len(r) > 300:
                    r = '<%s>' % type(v).__name__
                out.append(r)
            print(*out)

        def report(e):
            m = str(e)
            if ' at 0x' in m or len(m) > 300:
                m = '...'
            print('!', type(e).__name__, m)

        class Box:
            def __init__(self, v=0):
                self.v = v
            def __repr__(self):
                return 'Box(%r)' % (self.v,)
            def __add__(self, other):
                return Box(self.v + (other.v if isinstance(other, Box) else other))
            __radd__ = __add__
            def __eq__(self, other):
                return isinstance(other, Box) and self.v == other.v
            def __hash__(self):
                return hash(self.v)
            def __lt__(self, other):
                return self.v < (other.v if isinstance(other, Box) else other)
            def __len__(self):
                return abs(self.v) % 7 if isinstance(self.v, int) else 3
            def __iter__(self):
                return iter(range(len(self)))
            def __getitem__(self, i):
                return (self.v, i)
            def __bool__(self):
                return bool(self.v)

        class Manager:
            def __init__(self, name, swallow=False):
                self.name = name
                self.swallow = swallow
            def __enter__(self):
                print('enter', self.name)
                return self
            def __exit__(self, t, v, tb):
                print('exit', self.name, t.__name__ if t else None)
                return self.swallow

        a, b, c = 1, 2.5, 'abc'
        x, y, z = [1, 2, 3], (4, 5), {'k': 1, 'j': 2}
        s, n, box = {1, 2, 3}, None, Box(3)
        v, w = 7, [0.5, 'w']

        def f(*args, **kw):
            return len(args) + len(kw)

        def g(p=1, q=2):
            return (p, q)

        def h(p):
            return [p, p]

        class K:
            tag = 'K'
            def __init__(self, *args):
                self.args = args
                self.p = len(args)
            def __repr__(self):
                return 'K' + repr(self.args)

        class L(Box):
            pass

        """;

    private static readonly string[] Names = ["a", "b", "c", "x", "y", "z", "s", "n", "box", "v", "w"];
    private static readonly string[] Functions = ["f", "g", "h"];
    private static readonly string[] Classes = ["K", "L"];
    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "//", "%", "&", "|", "^", "@", "+", "-", "*"];
    private static readonly string[] CompareOps = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"];
    private static readonly string[] AugOps = ["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^="];

    private static readonly string[] Builtins =
    [
        "len", "abs", "str", "repr", "int", "float", "bool", "list", "tuple", "set", "frozenset", "sorted",
        "min", "max", "sum", "type", "ascii", "bin", "hex", "oct", "ord", "chr", "round", "dict",
        "iter", "next", "any", "all", "callable", "complex", "bytes", "bytearray", "format", "divmod",
    ];

    private static readonly string[] Methods =
    [
        "append", "pop", "upper", "lower", "split", "join", "get", "keys", "values", "items", "count",
        "index", "replace", "strip", "startswith", "find", "copy", "add", "update", "extend", "insert",
        "remove", "discard", "sort", "reverse", "setdefault", "union", "bit_length", "is_integer",
        "format", "encode", "decode", "title", "zfill", "partition", "__len__", "__add__", "__eq__",
    ];

    private readonly Random _random;
    private readonly StringBuilder _out = new();
    private int _indent;
    private int _depth;
    private int _loopDepth;
    private int _functionDepth;
    private int _counter;

    private ProgramGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>The program for <paramref name="seed"/>.</summary>
    public static string Generate(int seed) => new ProgramGenerator(seed).Program();

    private string Program()
    {
        _out.Append(Prelude);
        int count = 8 + _random.Next(25);
        for (int i = 0; i < count; i++)
        {
            Line("try:");
            _indent++;
            Statement();
            if (Chance(0.3))
            {
                Statement();
            }

            _indent--;
            Line("except Exception as e:");
            _indent++;
            Line("report(e)");
            _indent--;
        }

        Line("try:");
        _indent++;
        Line("show(" + string.Join(", ", Names.Take(9)) + ")");
        _indent--;
        Line("except Exception as e:");
        _indent++;
        Line("report(e)");
        _indent--;
        return _out.ToString();
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private void Line(string text)
    {
        _out.Append(' ', _indent * 4).Append(text).Append('\n');
    }

    private string Fresh(string prefix) => prefix + (_counter++).ToString(CultureInfo.InvariantCulture);

    private void Block(int statements)
    {
        _indent++;
        _depth++;
        for (int i = 0; i < statements; i++)
        {
            Statement();
        }

        _depth--;
        _indent--;
    }

    private void Statement()
    {
        if (_depth > 3)
        {
            Simple();
            return;
        }

        switch (_random.Next(22))
        {
            case 0 or 1 or 2:
                Simple();
                break;
            case 3:
                Line($"if {Expr()}:");
                Block(1 + _random.Next(2));
                if (Chance(0.4))
                {
                    Line($"elif {Expr()}:");
                    Block(1);
                }

                if (Chance(0.5))
                {
                    Line("else:");
                    Block(1);
                }

                break;
            case 4:
                if (_loopDepth < 2)
                {
                    _loopDepth++;
                    Line($"for {Target()} in {Iterable()}:");
                    Block(1 + _random.Next(2));
                    if (Chance(0.3))
                    {
                        Line("else:");
                        Block(1);
                    }

                    _loopDepth--;
                }
                else
                {
                    Simple();
                }

                break;
            case 5:
                if (_loopDepth < 2)
                {
                    _loopDepth++;
                    string counter = Fresh("_i");
                    Line($"{counter} = 0");
                    Line($"while {counter} < {1 + _random.Next(4)}:");
                    _indent++;
                    Line($"{counter} += 1");
                    _indent--;
                    Block(1 + _random.Next(2));
                    _loopDepth--;
                }
                else
                {
                    Simple();
                }

                break;
            case 6:
                TryStatement();
                break;
            case 7:
                Function();
                break;
            case 8:
                ClassDef();
                break;
            case 9:
                Line($"with Manager({Quote(Fresh("m"))}, {(Chance(0.5) ? "True" : "False")}) as {Pick(Names)}:");
                Block(1 + _random.Next(2));
                break;
            case 10:
                Match();
                break;
            case 11:
                Generator();
                break;
            case 12:
                Line($"show({Expr()})");
                break;
            case 13:
                Line($"{Pick(Names)} = [{Expr()} for {Pick(Names)} in {Iterable()} if {Expr()}]");
                break;
            case 14:
                Line($"{Pick(Names)}, *{Pick(Names)} = {Iterable()}");
                break;
            case 15:
                Line($"show({Pick(Functions)}({Args()}))");
                break;
            case 16:
                Line($"assert {Expr()}, {Quote("assert " + Fresh("a"))}");
                break;
            case 17:
                Line($"raise {Pick(["ValueError", "TypeError", "KeyError", "RuntimeError", "IndexError"])}({Expr()})");
                break;
            case 18:
                Line($"{Pick(Names)}[{Expr()}] = {Expr()}");
                break;
            case 19:
                Line($"del {Pick(Names)}{(Chance(0.5) ? $"[{Expr()}]" : "")}");
                break;
            case 20:
                Line($"show(f'{{{Expr()}!r}} {{{Pick(Names)}}}')");
                break;
            default:
                Line($"show({Pick(Classes)}({Args()}))");
                break;
        }
    }

    private void Simple()
    {
        switch (_random.Next(6))
        {
            case 0 or 1:
                Line($"{Pick(Names)} = {Expr()}");
                break;
            case 2:
                Line($"{Pick(Names)} {Pick(AugOps)} {Expr()}");
                break;
            case 3:
                Line($"show({Expr()}, {Expr()})");
                break;
            case 4:
                Line(_loopDepth > 0 && Chance(0.5) ? Pick(["break", "continue"]) : $"show({Expr()})");
                break;
            default:
                Line(_functionDepth > 0 && Chance(0.5) ? $"return {Expr()}" : $"{Pick(Names)}.{Pick(Methods)}({Args()})");
                break;
        }
    }

    private void TryStatement()
    {
        Line("try:");
        Block(1 + _random.Next(2));
        int handlers = _random.Next(3);
        for (int i = 0; i < handlers; i++)
        {
            string kind = Pick(["ValueError", "(TypeError, KeyError)", "ArithmeticError", "LookupError", "AttributeError"]);
            Line($"except {kind} as {Fresh("e")}:");
            Block(1);
        }

        if (handlers > 0 && Chance(0.4))
        {
            Line("else:");
            Block(1);
        }

        if (handlers == 0 || Chance(0.4))
        {
            Line("finally:");
            Block(1);
        }
    }

    private void Function()
    {
        string name = Pick(Functions);
        var parameters = new List<string>();
        int positional = _random.Next(3);
        for (int i = 0; i < positional; i++)
        {
            parameters.Add(Chance(0.3) ? $"{Names[i]}={Literal()}" : Names[i]);
        }

        // A parameter without a default may not follow one with a default.
        if (parameters.Count == 2 && parameters[0].Contains('=') && !parameters[1].Contains('='))
        {
            parameters[1] += "=None";
        }

        if (Chance(0.3))
        {
            parameters.Add("*args");
        }

        if (Chance(0.2))
        {
            parameters.Add("**kw");
        }

        Line($"def {name}({string.Join(", ", parameters)}):");
        int loops = _loopDepth;
        _loopDepth = 0;
        _functionDepth++;
        if (Chance(0.3))
        {
            _indent++;
            Line($"global {Names[positional + _random.Next(Names.Length - positional)]}");
            _indent--;
        }

        Block(1 + _random.Next(3));
        _indent++;
        Line($"return {Expr()}");
        _indent--;
        _functionDepth--;
        _loopDepth = loops;
    }

    private void Generator()
    {
        Line("def gen(k):");
        _indent++;
        Line("for q in range(k % 5 if isinstance(k, int) else 2):");
        _indent++;
        Line($"r = yield q * 2");
        Line("if r is not None:");
        _indent++;
        Line("yield ('sent', r)");
        _indent -= 2;
        Line($"return {Literal()}");
        _indent--;
        string g = Fresh("gi");
        Line($"{g} = gen({Expr()})");
        Line($"show(next({g}, 'done'), {g}.send({Literal()}) if {Expr()} else None, list({g}))");
    }

    private void ClassDef()
    {
        string name = Pick(Classes);
        string bases = Chance(0.4) ? "(Box)" : "";
        Line($"class {name}{bases}:");
        int loops = _loopDepth;
        int functions = _functionDepth;
        _loopDepth = 0;
        _functionDepth = 0;
        _indent++;
        Line($"tag = {Literal()}");
        Line("def __init__(self, *args):");
        _indent++;
        Line("self.args = args");
        Line($"self.{Pick(["p", "q"])} = {Expr()}");
        _indent--;
        Line("def __repr__(self):");
        _indent++;
        Line($"return '{name}' + repr(self.args)");
        _indent--;
        if (Chance(0.5))
        {
            string op = Pick(["__add__", "__mul__", "__lt__", "__eq__", "__len__", "__contains__", "__bool__"]);
            string body = op switch
            {
                "__len__" => "len(self.args)",
                "__bool__" => "bool(self.args)",
                "__eq__" => "isinstance(other, type(self)) and self.args == other.args",
                "__contains__" => "other in self.args",
                "__lt__" => "len(self.args) < len(getattr(other, 'args', ()))",
                _ => $"type(self)(*self.args, other)",
            };
            Line(op is "__len__" or "__bool__" ? $"def {op}(self):" : $"def {op}(self, other):");
            _indent++;
            Line($"return {body}");
            _indent--;
        }

        if (Chance(0.3))
        {
            Line("@property");
            Line("def prop(self):");
            _indent++;
            Line($"return {Expr()}");
            _indent--;
        }

        _indent--;
        _loopDepth = loops;
        _functionDepth = functions;
    }

    private void Match()
    {
        Line($"match {Expr()}:");
        _indent++;
        string[] patterns =
        [
            "0 | 1", "[p, *rest]", "(p, q)", "{'k': p}", "str() as p", "int(p)", "Box(v=p)", "None",
            "[]", "[1, 2, 3]", "p if p", "{**rest}", "float()", "(1 | 2) as p",
        ];
        int cases = 1 + _random.Next(3);
        for (int i = 0; i < cases; i++)
        {
            string pattern = Pick(patterns);
            if (pattern == "p if p")
            {
                pattern = $"p if {Expr()}";
            }

            Line($"case {pattern}:");
            _indent++;
            Line("show('case', " + (pattern.Contains('p') ? "p" : Quote(pattern)) + ")");
            _indent--;
        }

        Line("case _:");
        _indent++;
        Line("show('default')");
        _indent -= 2;
    }

    private string Target() => Chance(0.2) ? $"{Pick(Names)}, {Pick(Names)}" : Pick(Names);

    private string Iterable() => _random.Next(8) switch
    {
        0 => $"range({_random.Next(5)})",
        1 => $"range({_random.Next(-2, 3)}, {_random.Next(6)})",
        2 => $"[{Literal()}, {Literal()}, {Literal()}]",
        3 => Quote(Pick(["ab", "xyz", "", "q"])),
        4 => $"{Pick(Names)}",
        5 => "z.items()",
        6 => $"zip({Pick(Names)}, {Pick(Names)})",
        _ => $"enumerate({Pick(Names)})",
    };

    private string Args()
    {
        int count = _random.Next(4);
        var args = new List<string>();
        for (int i = 0; i < count; i++)
        {
            args.Add(Expr());
        }

        if (Chance(0.15))
        {
            args.Add($"*{Pick(Names)}");
        }

        if (Chance(0.1))
        {
            args.Add($"{Pick(["a", "b", "key", "k"])}={Expr()}");
        }

        return string.Join(", ", args);
    }

    private string Expr()
    {
        _depth++;
        try
        {
            if (_depth > 5)
            {
                return Atom();
            }

            return _random.Next(20) switch
            {
                0 or 1 or 2 or 3 => Atom(),
                4 or 5 => $"({Expr()} {Pick(BinaryOps)} {Expr()})",
                6 => $"({Expr()} {Pick(CompareOps)} {Expr()})",
                7 => $"({Expr()} {Pick(CompareOps)} {Expr()} {Pick(CompareOps)} {Expr()})",
                8 => $"({Expr()} {Pick(["and", "or"])} {Expr()})",
                9 => $"({Pick(["-", "+", "~", "not "])}{Expr()})",
                10 => $"({Expr()} if {Expr()} else {Expr()})",
                11 => $"{Pick(Builtins)}({Args()})",
                12 => $"{Pick(Names)}.{Pick(Methods)}({Args()})",
                13 => $"{Pick(Names)}[{Expr()}]",
                14 => $"{Pick(Names)}[{SliceBound()}:{SliceBound()}{(Chance(0.3) ? ":" + SliceBound() : "")}]",
                15 => Display(),
                16 => $"[{Expr()} for {Pick(Names)} in {Iterable()}]",
                17 => $"(lambda {Pick(Names)}: {Expr()})({Expr()})",
                18 => $"({Pick(Names)} := {Expr()})",
                _ => $"({Expr()} ** {_random.Next(-1, 4)})",
            };
        }
        finally
        {
            _depth--;
        }
    }

    private string SliceBound() => Chance(0.3) ? "" : _random.Next(-4, 5).ToString(CultureInfo.InvariantCulture);

    private string Display() => _random.Next(6) switch
    {
        0 => $"[{Expr()}, {Expr()}]",
        1 => $"({Expr()}, {Expr()})",
        2 => $"{{{Expr()}: {Expr()}}}",
        3 => $"{{{Expr()}, {Expr()}}}",
        4 => $"[*{Pick(Names)}, {Expr()}]",
        _ => $"{{**z, {Quote("k")}: {Expr()}}}",
    };

    private string Atom() => _random.Next(12) switch
    {
        0 or 1 or 2 or 3 => Pick(Names),
        4 or 5 or 6 => Literal(),
        7 => $"{Pick(Functions)}({Args()})",
        8 => $"{Pick(Names)}.{Pick(["v", "args", "tag", "prop", "real", "imag", "p", "q"])}",
        9 => $"{Pick(Classes)}({Args()})",
        10 => $"{Pick(Names)} * {_random.Next(4)}",
        _ => Pick(["True", "False", "None", "...", "Box(0)", "Box(-2)", "Box('s')"]),
    };

    private string Literal() => _random.Next(10) switch
    {
        0 or 1 or 2 => _random.Next(-3, 10).ToString(CultureInfo.InvariantCulture),
        3 => Pick(["0.5", "-1.25", "1e3", "0.0", "float('inf')", "float('nan')", "3j", "1e308"]),
        4 => Quote(Pick(["", "a", "hello", "x y z", "Ünï", "😀", "12", "a,b"])),
        5 => Pick(["b'ab'", "b''", "bytearray(b'x')"]),
        6 => Pick(["[]", "()", "{}", "[1, [2]]", "(1,)", "{1: 'a'}", "set()"]),
        7 => Pick(["2 ** 70", "-(10 ** 20)", "0x7fffffffffffffff", "1 << 63"]),
        8 => Pick(["True", "False", "None"]),
        _ => _random.Next(100, 1000).ToString(CultureInfo.InvariantCulture),
    };

    private static string Quote(string text) => "'" + text + "'";
}
