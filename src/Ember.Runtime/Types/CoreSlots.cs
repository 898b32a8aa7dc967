using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Types;

/// <summary>
/// The slot functions whose identity the machinery tests (CPython compares
/// function pointers: "is this type's tp_getattro PyObject_GenericGetAttr?").
/// Each is one delegate instance made once, so a test is a reference compare.
/// <para>
/// This class holds nothing but delegates: PyType's static constructor reads
/// it while the builtin types are not yet built, so its initializer must not
/// touch any other type's statics.
/// </para>
/// </summary>
public static class CoreSlots
{
    public static readonly GetAttrSlot GenericGetAttr = static (self, name) => PyAttr.GenericGetAttr(self, name, suppress: false);

    public static readonly SetAttrSlot GenericSetAttr = PyAttr.GenericSetAttr;

    public static readonly GetAttrSlot TypeGetAttr = static (self, name) => PyType.TypeGetAttr((PyType)self, name, suppress: false);

    public static readonly SetAttrSlot TypeSetAttr = PyType.TypeSetAttr;

    /// <summary>slot_tp_getattr_hook: a class with __getattr__ or its own __getattribute__.</summary>
    public static readonly GetAttrSlot GetAttrHook = static (self, name) => HeapSlots.GetAttrHook(self, name, suppress: false);

    public static readonly NewSlot ObjectNew = PyBaseObject.New;

    public static readonly InitSlot ObjectInit = PyBaseObject.Init;

    public static readonly NewSlot TypeNew = PyType.TypeNew;

    public static readonly HashSlot ObjectHash = PyBaseObject.Hash;

    public static readonly UnarySlot ObjectRepr = PyBaseObject.Repr;

    /// <summary>
    /// The hash slot of unhashable types (PyObject_HashNotImplemented): a builtin
    /// sets it to be unhashable (null would inherit object's hash), and a class
    /// with <c>__hash__ = None</c> gets it. Its dunder shows as <c>__hash__ = None</c>.
    /// </summary>
    public static readonly HashSlot HashNotImplemented = static self =>
    {
        Errors.PyErr.TypeError($"unhashable type: '{self.Type.Name}'");
        return -1;
    };
}
