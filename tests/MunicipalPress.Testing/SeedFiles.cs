namespace MunicipalPress.Testing;

/// <summary>
/// The real reports in shared/seeds, found by walking up from the test's output folder; never copied. Shared by
/// the Application (linked source), API and browser tests.
/// </summary>
public static class SeedFiles
{
    public const string Seversk = "000_8bd6e645fd420dc2.txt";
    public const string Blagoveshchensk = "001_3284df0b514141be.txt";
    public const string Teplodar = "002_2788ca36af4afbdb.txt";
    public const string Aleysk = "003_a808a57da1a057b0.txt";
    public const string Khabarovsk = "004_707479a3d49fb4b2.txt";

    public static readonly string[] All = [Seversk, Blagoveshchensk, Teplodar, Aleysk, Khabarovsk];

    public static string Directory { get; } = FindDirectory();

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}.");
    }
}
