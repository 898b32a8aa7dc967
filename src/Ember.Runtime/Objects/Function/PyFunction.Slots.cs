using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyFunction
{
    private static partial void InitSlots(PyType type)
    {
        type.Call = static (self, args, kw) => FunctionCalls.Call(PyThreadState.Current, (PyFunction)self, args, kw);
        type.DescrGet = static (descr, instance, owner) =>
            instance is null || ReferenceEquals(instance, PyNone.Instance)
                ? descr
                : new PyMethod(descr, instance);
        type.Repr = static self =>
        {
            var f = (PyFunction)self;
            return new PyStr($"<function {f.QualNameText} at {ObjectAddress.Hex(f)}>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("__code__", static self => ((PyFunction)self).Code, static (self, value) =>
        {
            if (value is not PyCode code)
            {
                PyErr.TypeError("__code__ must be set to a code object");
                return false;
            }

            ((PyFunction)self).Code = code;
            return true;
        });
        type.AddReadonlyMember("__globals__", static self => ((PyFunction)self).Globals);
        type.AddReadonlyMember("__builtins__", static self => ((PyFunction)self).Builtins);
        type.AddReadonlyMember("__closure__", static self => (PyObject?)((PyFunction)self).Closure ?? PyNone.Instance);
        type.AddGetter("__name__", static self => ((PyFunction)self).Name, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__name__ must be set to a string object");
                return false;
            }

            ((PyFunction)self).Name = value;
            return true;
        });
        type.AddGetter("__qualname__", static self => ((PyFunction)self).QualName, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__qualname__ must be set to a string object");
                return false;
            }

            ((PyFunction)self).QualName = value;
            return true;
        });
        type.AddGetter("__defaults__", static self => (PyObject?)((PyFunction)self).Defaults ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null || ReferenceEquals(value, PyNone.Instance))
            {
                ((PyFunction)self).Defaults = null;
                return true;
            }

            if (value is not PyTuple t)
            {
                PyErr.TypeError("__defaults__ must be set to a tuple object");
                return false;
            }

            ((PyFunction)self).Defaults = t;
            return true;
        });
        type.AddGetter("__kwdefaults__", static self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null || ReferenceEquals(value, PyNone.Instance))
            {
                ((PyFunction)self).KwDefaults = null;
                return true;
            }

            if (value is not PyDict d)
            {
                PyErr.TypeError("__kwdefaults__ must be set to a dict object");
                return false;
            }

            ((PyFunction)self).KwDefaults = d;
            return true;
        });
        type.AddGetter("__annotations__", static self => ((PyFunction)self).Annotations ??= new PyDict(), static (self, value) =>
        {
            if (value is not null && !ReferenceEquals(value, PyNone.Instance) && value is not PyDict)
            {
                PyErr.TypeError("__annotations__ must be set to a dict object");
                return false;
            }

            ((PyFunction)self).Annotations = value is PyDict ? value : null;
            return true;
        });
        type.AddGetter("__doc__", static self => ((PyFunction)self).Doc, static (self, value) =>
        {
            ((PyFunction)self).Doc = value ?? PyNone.Instance;
            return true;
        });
        type.AddGetter("__module__", static self => ((PyFunction)self).Module ?? PyNone.Instance, static (self, value) =>
        {
            ((PyFunction)self).Module = value ?? PyNone.Instance;
            return true;
        });
        type.AddGetter("__dict__", static self => ((PyFunction)self).Dict ??= new PyDict(), static (self, value) =>
        {
            if (value is not PyDict d)
            {
                PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + (value?.Type.Name ?? "NoneType") + "'");
                return false;
            }

            ((PyFunction)self).Dict = d;
            return true;
        });
    }
}
