# bytes() and bytearray() check the types of encoding and errors before anything else.
cases = ['bytes(1, [])', 'bytes(None, 1)', 'bytearray(errors=3)', 'bytes("x", "ascii", 5)',
         'bytes(encoding="ascii")', 'bytearray(b"", errors="x")', 'bytearray([1], True)',
         'bytes("x", encoding=b"ascii")', 'bytes("é", "ascii", "replace")', 'bytearray("é", "latin-1")',
         'bytes(3, "ascii")', 'bytes("x")', 'bytearray("x", errors="strict")']
for case in cases:
    try:
        print(case, '->', eval(case))
    except Exception as e:
        print(case, '->', type(e).__name__, e)
