using Ember.Runtime.Errors;
using Ember.Runtime.Hosting;
using Ember.Runtime.Modules.Warnings;
using Ember.Runtime.Objects;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.StartupModules;

/// <summary>The _warnings machinery seen from C#: PyErr.Warn/WarnExplicit and the start-up options.</summary>
public sealed class WarningsTests
{
    private static T InHost<T>(string[]? warnOptions, Func<PythonHost, StringWriter, StringWriter, T> body) =>
        Bounded.Run(
            () =>
            {
                var previous = Threading.PyThreadState.CurrentOrNull;
                var stdout = new StringWriter { NewLine = "\n" };
                var stderr = new StringWriter { NewLine = "\n" };
                var host = PythonHost.Create(stdout, stderr, TextReader.Null, ["t"], null, warnOptions);
                try
                {
                    return body(host, stdout, stderr);
                }
                finally
                {
                    Threading.PyThreadState.Restore(previous);
                }
            },
            TimeSpan.FromSeconds(60),
            "warnings test",
            64 * 1024 * 1024);

    [Fact]
    public void WarnWithoutFramesIsReportedAtSysLineOne()
    {
        var (ok, err) = InHost(null, static (host, _, stderr) => (PyErr.Warn(PyExc.RuntimeWarning, "from C#"), stderr.ToString()));
        Assert.True(ok);
        Assert.Equal("sys:1: RuntimeWarning: from C#\n", err);
    }

    [Fact]
    public void WarnReturnsFalseWhenAFilterMakesItAnError()
    {
        var (ok, pending) = InHost(["error::RuntimeWarning"], static (host, _, _) =>
        {
            bool result = PyErr.Warn(null, "boom");
            var exc = PyErr.Fetch();
            return (result, exc is null ? "none" : exc.Type.Name + ": " + ((PyStr)Protocols.PyOps.Str(exc)!).Value);
        });
        Assert.False(ok);
        Assert.Equal("RuntimeWarning: boom", pending);
    }

    [Fact]
    public void WarnExplicitDerivesTheModuleFromTheFilename()
    {
        // The default filters show DeprecationWarning only for __main__: "x.py" is module "x", ignored.
        string err = InHost(null, static (host, _, stderr) =>
        {
            Assert.True(PyErr.WarnExplicit(PyExc.DeprecationWarning, "quiet", "x.py", 3));
            Assert.True(PyErr.WarnExplicit(PyExc.DeprecationWarning, "shown", "__main__.py", 4));
            return stderr.ToString();
        });
        Assert.Equal("__main__.py:4: DeprecationWarning: shown\n", err);
    }

    [Fact]
    public void WarnOptionsBecomeFiltersInFrontOfTheDefaults()
    {
        string output = InHost(["ignore", "error::UserWarning", "bogus"], static (host, stdout, stderr) =>
        {
            host.RunSource("import sys, _warnings\nprint(sys.warnoptions)\nprint(_warnings.filters[:3])\n", "<string>");
            return stderr.ToString() + stdout.ToString();
        });
        Assert.Equal(
            "Invalid -W option ignored: invalid action: 'bogus'\n"
            + "['ignore', 'error::UserWarning', 'bogus']\n"
            + "[('error', None, <class 'UserWarning'>, None, 0), ('ignore', None, <class 'Warning'>, None, 0), ('default', None, <class 'DeprecationWarning'>, '__main__', 0)]\n",
            output);
    }

    [Theory]
    [InlineData(false, null, new string[0], 0, "")]
    [InlineData(true, "a,,b", new[] { "c" }, 1, "default a b c default::BytesWarning")]
    [InlineData(false, "", new[] { "x", "y" }, 2, "x y error::BytesWarning")]
    public void WarnOptionsFollowCPythonsOrder(bool dev, string? env, string[] cmdline, int bytes, string expected)
    {
        Assert.Equal(expected, string.Join(" ", WarningsModule.BuildWarnOptions(dev, env, cmdline, bytes)));
    }
}
