using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>complex(real=0, imag=0) and complex(str) (complex_new_impl, complex_from_string_inner).</summary>
public partial class PyComplex
{
    private static readonly ArgSpec s_newSpec = new("complex", ["real", "imag"]);

    private static readonly PyStr s_complex = new("__complex__");

    public static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_newSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        PyObject r = slots[0] ?? PyInt.Zero;
        PyObject? i = slots[1];
        if (r is PyStr s)
        {
            if (i is not null)
            {
                return PyErr.TypeError("complex() can't take second arg if first is a string");
            }

            return FromString(type, s);
        }

        if (i is PyStr)
        {
            return PyErr.TypeError("complex() second arg can't be a string");
        }

        var special = PyCall.CallSpecial(r, s_complex, [], out bool found);
        if (found)
        {
            if (special is null)
            {
                return null;
            }

            if (special is not PyComplex)
            {
                return PyErr.TypeError($"__complex__ returned non-complex (type {special.Type.Name})");
            }

            r = special;
        }

        if (!IsNumber(r))
        {
            return PyErr.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        }

        if (i is not null && !IsNumber(i))
        {
            return PyErr.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        }

        if (r is PyComplex exact && i is null && ReferenceEquals(type, TypeObject) && ReferenceEquals(r.Type, TypeObject))
        {
            return exact;
        }

        double crReal, crImag = 0.0, ciReal, ciImag = 0.0;
        if (r is PyComplex rc)
        {
            crReal = rc.Real;
            crImag = rc.Imag;
        }
        else
        {
            var f = PyFloat.FromObject(r);
            if (f is null)
            {
                return null;
            }

            crReal = f.Value;
        }

        if (i is null)
        {
            ciReal = crImag;
        }
        else if (i is PyComplex ic)
        {
            ciReal = ic.Real;
            ciImag = ic.Imag;
        }
        else
        {
            var f = PyFloat.FromObject(i);
            if (f is null)
            {
                return null;
            }

            ciReal = f.Value;
        }

        // complex(a, b) is a + b*1j, for complex a and b too.
        if (i is PyComplex)
        {
            crReal -= ciImag;
        }

        if (r is PyComplex && i is not null)
        {
            ciReal += crImag;
        }

        return Create(type, crReal, ciReal);
    }

    private static bool IsNumber(PyObject o) => o is PyComplex || o.Type.Float is not null || o.Type.Index is not null;

    private static PyObject Create(PyType type, double real, double imag) =>
        ReferenceEquals(type, TypeObject) ? new PyComplex(real, imag) : new PyComplexSubclass(type, real, imag);

    private static PyObject? FromString(PyType type, PyStr text)
    {
        string s = text.Value;
        var ascii = new char[s.Length];
        int n = IntParser.ToAscii(s, ascii);
        var span = ascii.AsSpan(0, n);
        if (span.Contains('_'))
        {
            // Each underscore sits between two digits; then they go.
            int w = 0;
            for (int k = 0; k < span.Length; k++)
            {
                if (span[k] == '_')
                {
                    if (k == 0 || k + 1 >= span.Length || !char.IsAsciiDigit(span[k - 1]) || !char.IsAsciiDigit(span[k + 1]))
                    {
                        return PyErr.ValueError("could not convert string to complex: " + Ember.Syntax.Text.PyRepr.Str(s));
                    }

                    continue;
                }

                span[w++] = span[k];
            }

            span = span.Slice(0, w);
        }

        if (!TryParse(span, out double real, out double imag))
        {
            return PyErr.ValueError("complex() arg is a malformed string");
        }

        return Create(type, real, imag);
    }

    /// <summary>
    /// The forms &lt;float&gt;, &lt;float&gt;j, &lt;float&gt;&lt;signed-float&gt;j, and the
    /// older &lt;float&gt;&lt;sign&gt;j, &lt;sign&gt;j and j, with optional
    /// parentheses and surrounding whitespace.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> s, out double x, out double y)
    {
        x = y = 0.0;
        int p = 0;
        while (p < s.Length && IntParser.IsAsciiSpace(s[p]))
        {
            p++;
        }

        bool bracket = false;
        if (p < s.Length && s[p] == '(')
        {
            bracket = true;
            p++;
            while (p < s.Length && IntParser.IsAsciiSpace(s[p]))
            {
                p++;
            }
        }

        int end = ScanFloat(s, p, out double z);
        if (end != p)
        {
            p = end;
            if (p < s.Length && s[p] is '+' or '-')
            {
                x = z;
                end = ScanFloat(s, p, out y);
                if (end != p)
                {
                    p = end;
                }
                else
                {
                    y = s[p] == '+' ? 1.0 : -1.0;
                    p++;
                }

                if (p >= s.Length || s[p] is not ('j' or 'J'))
                {
                    return false;
                }

                p++;
            }
            else if (p < s.Length && s[p] is 'j' or 'J')
            {
                p++;
                y = z;
            }
            else
            {
                x = z;
            }
        }
        else
        {
            if (p < s.Length && s[p] is '+' or '-')
            {
                y = s[p] == '+' ? 1.0 : -1.0;
                p++;
            }
            else
            {
                y = 1.0;
            }

            if (p >= s.Length || s[p] is not ('j' or 'J'))
            {
                return false;
            }

            p++;
        }

        while (p < s.Length && IntParser.IsAsciiSpace(s[p]))
        {
            p++;
        }

        if (bracket)
        {
            if (p >= s.Length || s[p] != ')')
            {
                return false;
            }

            p++;
            while (p < s.Length && IntParser.IsAsciiSpace(s[p]))
            {
                p++;
            }
        }

        return p == s.Length;
    }

    /// <summary>The longest float literal at <paramref name="start"/> (as strtod reads one); returns its end, or start when there is none.</summary>
    private static int ScanFloat(ReadOnlySpan<char> s, int start, out double value)
    {
        value = 0.0;
        int p = start;
        if (p < s.Length && s[p] is '+' or '-')
        {
            p++;
        }

        int end = -1;
        var rest = s.Slice(p);
        if (rest.StartsWith("infinity", StringComparison.OrdinalIgnoreCase))
        {
            end = p + 8;
        }
        else if (rest.StartsWith("inf", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("nan", StringComparison.OrdinalIgnoreCase))
        {
            end = p + 3;
        }
        else
        {
            int digits = 0;
            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                p++;
                digits++;
            }

            if (p < s.Length && s[p] == '.')
            {
                p++;
                while (p < s.Length && char.IsAsciiDigit(s[p]))
                {
                    p++;
                    digits++;
                }
            }

            if (digits == 0)
            {
                return start;
            }

            if (p < s.Length && s[p] is 'e' or 'E')
            {
                int q = p + 1;
                if (q < s.Length && s[q] is '+' or '-')
                {
                    q++;
                }

                if (q < s.Length && char.IsAsciiDigit(s[q]))
                {
                    while (q < s.Length && char.IsAsciiDigit(s[q]))
                    {
                        q++;
                    }

                    p = q;
                }
            }

            end = p;
        }

        if (!FloatParser.TryParse(new string(s.Slice(start, end - start)), out value, out _))
        {
            return start;
        }

        return end;
    }
}
