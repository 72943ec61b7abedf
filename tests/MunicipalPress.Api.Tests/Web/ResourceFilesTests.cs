using System.Xml.Linq;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>Every UI string exists in Russian (the neutral file), Ukrainian and English, and none is blank.</summary>
public sealed class ResourceFilesTests
{
    private static readonly string ResourcesDirectory = Path.Combine(RepositoryRoot(), "src", "MunicipalPress.Web", "Resources");

    /// <summary>Every resource set in Resources/ (SharedResource and the per-feature ones): neutral file × translation.</summary>
    public static TheoryData<string, string> Translations()
    {
        var data = new TheoryData<string, string>();
        foreach (var neutral in NeutralFiles())
        {
            foreach (var culture in new[] { "uk", "en" })
            {
                data.Add(neutral, Path.GetFileNameWithoutExtension(neutral) + "." + culture + ".resx");
            }
        }

        return data;
    }

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ResourcesDirectory, "*.resx").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HasTheSameKeysAsRussian(string neutral, string translation)
    {
        Assert.True(File.Exists(Path.Combine(ResourcesDirectory, translation)), $"{translation} is missing.");
        var russian = Load(neutral).Keys.Order(StringComparer.Ordinal).ToList();
        var translated = Load(translation).Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(russian, translated);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void File_HasNoEmptyOrDuplicateValues(string file)
    {
        var entries = XDocument.Load(Path.Combine(ResourcesDirectory, file)).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value")))
            .ToList();

        Assert.Empty(entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Placeholders_AreTheSameInEveryLanguage(string neutral, string translation)
    {
        var russian = Load(neutral);
        foreach (var (key, value) in Load(translation))
        {
            Assert.True(
                russian.TryGetValue(key, out var original) && Placeholders(value).SetEquals(Placeholders(original)),
                $"{translation}: {key} has other placeholders than the Russian text.");
        }
    }

    private static IEnumerable<string> NeutralFiles() =>
        Directory.GetFiles(ResourcesDirectory, "*.resx")
            .Select(Path.GetFileName)
            .Where(f => f!.Count(c => c == '.') == 1)
            .Order(StringComparer.Ordinal)!;

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ResourcesDirectory, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();

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
