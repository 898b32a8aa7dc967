namespace Ember.TestSupport;

/// <summary>The CPython that answers for what Ember must do: Debian's python3.11 unless EMBER_ORACLE_PYTHON names another.</summary>
public static class OraclePython
{
    public static string Path
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EMBER_ORACLE_PYTHON");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return fromEnv;
            }

            return File.Exists("/usr/bin/python3.11") ? "/usr/bin/python3.11" : "python3.11";
        }
    }
}
