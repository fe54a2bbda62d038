namespace Pathway.Matching.Tests;

/// <summary>Locates the shared record-linkage data sets, which live beside the repository, not in it.</summary>
internal static class TestData
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "record-linkage");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Skip("needs ../shared/data/record-linkage (not in a user's clone)");
        return "";
    }
}
