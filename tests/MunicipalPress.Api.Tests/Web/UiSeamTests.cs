using System.Text.RegularExpressions;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// The seam holds (ADR 0007): the component library is named only in Components/Ui, the layout and page markup;
/// Radzen is gone; browser tests find elements as users do, never by a library's CSS classes.
/// </summary>
public sealed partial class UiSeamTests
{
    private static readonly string Root = RepositoryRoot();

    [Fact]
    public void CodeFiles_OutsideUi_NameNoMudBlazorType()
    {
        var web = Path.Combine(Root, "src", "MunicipalPress.Web");
        var ui = Path.Combine(web, "Components", "Ui") + Path.DirectorySeparatorChar;

        var offenders = SourceFiles(web, "*.cs")
            .Where(file => !file.StartsWith(ui, StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file).Contains("MudBlazor", StringComparison.Ordinal))
            .Select(Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoRadzen_InPackagesCodeStylesOrTests()
    {
        var files = SourceFiles(Path.Combine(Root, "src"), "*.*")
            .Concat(SourceFiles(Path.Combine(Root, "tests"), "*.cs"))
            .Concat(SourceFiles(Path.Combine(Root, "bench"), "*.cs"))
            .Append(Path.Combine(Root, "Directory.Packages.props"))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal)
                || file.EndsWith(".css", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal)
                || file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith(".props", StringComparison.Ordinal))
            // The tests that assert Radzen's absence name it.
            .Where(file => !file.EndsWith(nameof(UiSeamTests) + ".cs", StringComparison.Ordinal)
                && !file.EndsWith(nameof(WebShellTests) + ".cs", StringComparison.Ordinal));

        var offenders = files
            .Where(file => RadzenTrace().IsMatch(File.ReadAllText(file)))
            .Select(Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void BrowserTests_FindNothingByALibrarysCssClass()
    {
        var offenders = SourceFiles(Path.Combine(Root, "tests", "MunicipalPress.Browser.Tests"), "*.cs")
            .Where(file => LibraryClassSelector().IsMatch(File.ReadAllText(file)))
            .Select(Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"Radzen|\brz-[a-z]")]
    private static partial Regex RadzenTrace();

    [GeneratedRegex(@"[""'\s(\[]\.(rz|mud)-[a-z]")]
    private static partial Regex LibraryClassSelector();

    private static IEnumerable<string> SourceFiles(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MunicipalPress.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MunicipalPress.sln not found above " + AppContext.BaseDirectory);
    }
}
