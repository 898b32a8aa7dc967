using Ember.Bytecode;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Types;

// The signatures of a type's slots (CPython's tp_* and nb_*/sq_*/mp_* function
// pointers, Include/cpython/object.h). Conventions, everywhere: a null result
// means an exception is pending on the thread (PyErr); `bool` results are false
// on error; hashes, lengths and truth values are -1 on error.

/// <summary>tp_repr / tp_str: returns a str.</summary>
public delegate PyObject? UnarySlot(PyObject self);

/// <summary>nb_add and the other binary number slots; may return NotImplemented.</summary>
public delegate PyObject? BinarySlot(PyObject left, PyObject right);

/// <summary>nb_power: the third argument is None when absent.</summary>
public delegate PyObject? TernarySlot(PyObject a, PyObject b, PyObject c);

/// <summary>tp_hash: -1 means an error is pending (a real hash of -1 is reported as -2).</summary>
public delegate long HashSlot(PyObject self);

/// <summary>nb_bool, sq_contains: 1 true, 0 false, -1 error.</summary>
public delegate int InquirySlot(PyObject self);

/// <summary>sq_contains: 1, 0 or -1 on error.</summary>
public delegate int ContainsSlot(PyObject self, PyObject item);

/// <summary>sq_length / mp_length: -1 on error.</summary>
public delegate long LengthSlot(PyObject self);

/// <summary>tp_richcompare: may return NotImplemented.</summary>
public delegate PyObject? RichCompareSlot(PyObject self, PyObject other, CompareOp op);

/// <summary>tp_getattro: the attribute, or null with AttributeError (or another error) pending.</summary>
public delegate PyObject? GetAttrSlot(PyObject self, PyStr name);

/// <summary>tp_setattro: <paramref name="value"/> null deletes.</summary>
public delegate bool SetAttrSlot(PyObject self, PyStr name, PyObject? value);

/// <summary>mp_ass_subscript: <paramref name="value"/> null deletes.</summary>
public delegate bool SetItemSlot(PyObject self, PyObject key, PyObject? value);

/// <summary>tp_descr_get: <paramref name="instance"/> is null when looked up on the class.</summary>
public delegate PyObject? DescrGetSlot(PyObject descriptor, PyObject? instance, PyObject? owner);

/// <summary>tp_descr_set: <paramref name="value"/> null deletes.</summary>
public delegate bool DescrSetSlot(PyObject descriptor, PyObject instance, PyObject? value);

/// <summary>
/// The vectorcall convention (PEP 590) used by every call: positional
/// arguments, then keyword argument values whose names are <paramref name="kwnames"/>
/// (the last <c>kwnames.Length</c> items of <paramref name="args"/>).
/// </summary>
public delegate PyObject? CallSlot(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_new: creates an instance of <paramref name="type"/>, same argument convention as calls.</summary>
public delegate PyObject? NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_init: false on error.</summary>
public delegate bool InitSlot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>
/// tp_iternext: the next item; null with no exception pending when exhausted
/// (no StopIteration is created), null with an exception pending on error.
/// </summary>
public delegate PyObject? NextSlot(PyObject iterator);

/// <summary>A builtin method in vectorcall form: self, then the arguments.</summary>
public delegate PyObject? MethodImpl(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A builtin function (module level) in vectorcall form.</summary>
public delegate PyObject? FunctionImpl(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A getter of a builtin type's attribute (getset_descriptor).</summary>
public delegate PyObject? GetterImpl(PyObject self);

/// <summary>A setter of a builtin type's attribute; value null deletes.</summary>
public delegate bool SetterImpl(PyObject self, PyObject? value);

/// <summary>sq_repeat: <c>self * count</c> for sequences.</summary>
public delegate PyObject? RepeatSlot(PyObject self, long count);

/// <summary>tp_finalize (<c>__del__</c>); errors are reported as unraisable.</summary>
public delegate void FinalizeSlot(PyObject self);
