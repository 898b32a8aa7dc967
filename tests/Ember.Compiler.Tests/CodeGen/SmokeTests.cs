using Xunit;
using Ember.Bytecode;

namespace Ember.Compiler.Tests.CodeGen;

public class SmokeTests
{
    [Theory]
    [InlineData("x = 1\nprint(x)\n")]
    [InlineData("def f(a, *b, c=1, **d):\n    try:\n        return a\n    finally:\n        print(b)\n")]
    [InlineData("class C:\n    def f(self):\n        return super().f()\n")]
    [InlineData("def g():\n    x = yield 1\n    yield from x\n")]
    [InlineData("async def a():\n    async with c as d:\n        await d\n    async for i in e:\n        pass\n")]
    [InlineData("with a as b, c:\n    pass\n")]
    [InlineData("try:\n    pass\nexcept* ValueError as e:\n    pass\n")]
    [InlineData("for i in [1, 2, 3]:\n    if i in (1, 2):\n        break\n    else:\n        continue\nelse:\n    pass\n")]
    [InlineData("x = [i for i in range(3) if i]\ny = {k: v for k, v in z}\nw = (a for a in b)\n")]
    [InlineData("f(*a, **b)\nf(x, y=1)\na, *b, c = d\nprint(f'{x!r:>{w}}')\n")]
    public void CompilesToSoundCode(string source)
    {
        var code = PythonCompiler.CompileSource(source, "<test>", CompileMode.Exec, CompileOptions.Default);
        var problem = CodeInvariants.Check(code);
        Assert.True(problem == null, problem + "\n" + Disassembler.Dump(code));
    }
}
