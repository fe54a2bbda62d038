namespace Pathway.Testing;

/// <summary>
/// A test that needs a program from the machine skips with a message naming the package to
/// install; under CI (CI=true) a missing program fails the run instead, so CI cannot pass by skipping.
/// </summary>
public static class RequiredBinary
{
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void SkipOrFail(string what, string package)
    {
        var message = $"{what} is not installed here: install the Debian package '{package}' to run this test.";
        if (UnderCi)
        {
            throw new InvalidOperationException(message + " (CI=true: a missing binary fails the run.)");
        }

        Xunit.Assert.Skip(message);
    }
}
