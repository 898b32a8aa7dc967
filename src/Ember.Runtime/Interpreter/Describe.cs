using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Interpreter;

/// <summary>How error messages name objects.</summary>
internal static class Describe
{
    private static readonly PyStr s_qualname = new("__qualname__");
    private static readonly PyStr s_module = new("__module__");

    /// <summary>
    /// 3.11's _PyObject_FunctionStr: "module.qualname()" (no module for
    /// builtins), or str(x) when there is no __qualname__. Never leaves an exception pending.
    /// </summary>
    public static string FunctionStr(PyObject callable)
    {
        if (callable is PyMethod { Function: PyFunction bound })
        {
            callable = bound;
        }

        // A Python function's attributes are its fields unless reassigned, so read them directly.
        if (callable is PyFunction f && f.Module is null or PyStr && f.QualName is PyStr)
        {
            string qual = f.QualNameText;
            return f.Module is PyStr m && m.Value != "builtins" ? $"{m.Value}.{qual}()" : qual + "()";
        }

        var saved = PyErr.Fetch();
        try
        {
            var qualname = PyOps.GetAttrOrNull(callable, s_qualname);
            if (qualname is null)
            {
                PyErr.Clear();
                return (PyOps.Str(callable) as PyStr)?.Value ?? "?";
            }

            var qualText = (PyOps.Str(qualname) as PyStr)?.Value ?? "?";
            var module = PyOps.GetAttrOrNull(callable, s_module);
            if (module is PyStr m && m.Value != "builtins")
            {
                return $"{m.Value}.{qualText}()";
            }

            if (module is not null and not PyStr and not PyNone)
            {
                var text = (PyOps.Str(module) as PyStr)?.Value;
                if (text is not null && text != "builtins")
                {
                    return $"{text}.{qualText}()";
                }
            }

            return qualText + "()";
        }
        finally
        {
            PyErr.Clear();
            PyErr.Restore(saved);
        }
    }
}
