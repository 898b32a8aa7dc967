using System.Collections.Frozen;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>One class of <c>_ast</c>: its name, base, fields, attributes (null: inherited), the optional names whose class attribute is None, and its doc.</summary>
internal sealed record AstClassInfo(string Name, int Base, string[] Fields, string[]? Attributes, string[] NoneDefaults, string? Doc, bool Abstract);

/// <summary>
/// The AST classes of one interpreter (CPython's <c>struct ast_state</c>,
/// Python/Python-ast.c's init_types): heap types made on the first
/// <c>import _ast</c> or <c>compile(..., PyCF_ONLY_AST)</c>, with the
/// singletons ast2obj gives for Load/Store/Del and the operators.
/// </summary>
internal sealed class AstState
{
    private static readonly PyStr s_module = new("ast");

    /// <summary>Class index by Python class name, for ast2obj.</summary>
    private static readonly FrozenDictionary<string, int> s_indexByName = BuildIndex();

    private AstState(PyType[] types, PyObject?[] singletons)
    {
        Types = types;
        Singletons = singletons;
    }

    /// <summary>The classes by <see cref="AstSchema"/> index.</summary>
    public PyType[] Types { get; }

    /// <summary>The shared instance of each field-less enum class (Load(), Add()...), by class index; null elsewhere.</summary>
    public PyObject?[] Singletons { get; }

    public PyType Ast => Types[AstSchema.ASTIndex];

    public static AstState? Get(PyInterpreterState interp)
    {
        var state = interp.GetState(static i => new Holder());
        if (state.Value is { } existing)
        {
            return existing;
        }

        var created = Create();
        if (created is not null)
        {
            state.Value = created;
        }

        return created;
    }

    /// <summary>The classes if this interpreter has made them already.</summary>
    public static AstState? TryGetExisting(PyInterpreterState interp) => interp.GetState(static i => new Holder()).Value;

    public static int IndexOf(string className) => s_indexByName.TryGetValue(className, out int i) ? i : -1;

    private static FrozenDictionary<string, int> BuildIndex()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < AstSchema.Classes.Length; i++)
        {
            d[AstSchema.Classes[i].Name] = i;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Created lazily, once: a failed creation leaves the holder empty so the next import retries.
    private sealed class Holder
    {
        public AstState? Value;
    }

    private static AstState? Create()
    {
        var infos = AstSchema.Classes;
        var types = new PyType[infos.Length];
        var singletons = new PyObject?[infos.Length];
        for (int i = 0; i < infos.Length; i++)
        {
            var info = infos[i];
            var dict = new PyDict();
            dict.SetItemStr("__module__", s_module);
            var fields = Names(info.Fields);
            dict.SetItemStr("_fields", fields);
            dict.SetItemStr("__match_args__", fields);
            if (info.Attributes is { } attrs)
            {
                dict.SetItemStr("_attributes", Names(attrs));
            }

            dict.SetItemStr("__doc__", info.Doc is null ? PyNone.Instance : new PyStr(info.Doc));
            foreach (var name in info.NoneDefaults)
            {
                dict.SetItemStr(name, PyNone.Instance);
            }

            var bases = info.Base < 0 ? PyTuple.Empty : new PyTuple([types[info.Base]]);
            var type = PyType.TypeNew(PyType.TypeType, [new PyStr(info.Name), bases, dict], null) as PyType;
            if (type is null)
            {
                return null;
            }

            if (i == AstSchema.ASTIndex && !AddBaseMethods(type))
            {
                return null;
            }

            types[i] = type;
        }

        var state = new AstState(types, singletons);
        for (int i = 0; i < infos.Length; i++)
        {
            var info = infos[i];
            if (!info.Abstract && info.Fields.Length == 0 && infos[info.Base].Abstract && IsEnumBase(infos[info.Base].Name))
            {
                singletons[i] = new PyInstance(types[i]);
            }
        }

        return state;
    }

    private static bool IsEnumBase(string name) => name is "expr_context" or "boolop" or "operator" or "unaryop" or "cmpop";

    private static PyTuple Names(string[] names)
    {
        if (names.Length == 0)
        {
            return PyTuple.Empty;
        }

        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            items[i] = new PyStr(names[i]);
        }

        return new PyTuple(items);
    }

    private static bool AddBaseMethods(PyType ast)
    {
        return PyOps.SetAttr(ast, new PyStr("__init__"), new PyMethodDescriptor(ast, "__init__", Init))
            && PyOps.SetAttr(ast, new PyStr("__reduce__"), new PyMethodDescriptor(ast, "__reduce__", Reduce));
    }

    private static readonly PyStr s_fields = new("_fields");
    private static readonly PyStr s_dict = new("__dict__");

    /// <summary>ast_type_init: positional arguments by <c>_fields</c>, then every keyword argument set as an attribute.</summary>
    private static PyObject? Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int found = PyAttr.TryGetAttr(self.Type, s_fields, out var fields);
        if (found < 0)
        {
            return null;
        }

        // The sequence protocol over _fields, as ast_type_init uses it; read once.
        PyTuple? names = null;
        if (found > 0)
        {
            names = fields as PyTuple ?? PyTuple.FromIterable(fields!);
            if (names is null)
            {
                return null;
            }
        }

        int numFields = names?.Count ?? 0;
        if (numFields < npos)
        {
            return PyErr.TypeError($"{self.Type.Name} constructor takes at most {numFields} positional argument{(numFields == 1 ? "" : "s")}");
        }

        for (int i = 0; i < npos; i++)
        {
            if (names!.Items[i] is not PyStr nameStr)
            {
                return PyErr.TypeError($"attribute name must be string, not '{names.Items[i].Type.Name}'");
            }

            if (!PyOps.SetAttr(self, nameStr, args[i]))
            {
                return null;
            }
        }

        for (int k = 0; k < nkw; k++)
        {
            var key = (PyStr)kwnames!.Items[k];
            if (names is not null)
            {
                for (int p = 0; p < npos; p++)
                {
                    int eq = PyOps.RichCompareBool(names.Items[p], key, CompareOp.Eq);
                    if (eq < 0)
                    {
                        return null;
                    }

                    if (eq > 0)
                    {
                        return PyErr.TypeError($"{self.Type.TpName} got multiple values for argument '{key.Value}'");
                    }
                }
            }

            if (!PyOps.SetAttr(self, key, args[npos + k]))
            {
                return null;
            }
        }

        return PyNone.Instance;
    }

    /// <summary>ast_type_reduce: (type, (), __dict__) when there is a dict.</summary>
    private static PyObject? Reduce(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("__reduce__", args, kwnames))
        {
            return null;
        }

        int found = PyAttr.TryGetAttr(self, s_dict, out var dict);
        if (found < 0)
        {
            return null;
        }

        return found > 0 ? new PyTuple([self.Type, PyTuple.Empty, dict!]) : new PyTuple([self.Type, PyTuple.Empty]);
    }
}
