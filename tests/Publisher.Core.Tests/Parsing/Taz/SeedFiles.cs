namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// Finds <c>shared/seeds</c> by walking up from the test's base directory (CI keeps <c>shared/</c>
/// beside the clone). The seed's press text is never copied into the repository.
/// </summary>
internal static class SeedFiles
{
    public static DirectoryInfo Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = new DirectoryInfo(Path.Combine(dir.FullName, "shared", "seeds"));
            if (seeds.Exists)
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException(
            $"no shared/seeds folder above {AppContext.BaseDirectory}; the seed test needs ../shared/seeds beside the clone");
    }
}
