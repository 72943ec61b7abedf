using System.Xml.Linq;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>Every UI string exists in Russian (the neutral file), Ukrainian and English, and none is blank.</summary>
public sealed class ResourceFilesTests
{
    private static readonly string ResourcesDirectory = Path.Combine(RepositoryRoot(), "src", "MunicipalPress.Web", "Resources");

    [Theory]
    [InlineData("SharedResource.uk.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Translation_HasTheSameKeysAsRussian(string translation)
    {
        var russian = Load("SharedResource.resx").Keys.Order(StringComparer.Ordinal).ToList();
        var translated = Load(translation).Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(russian, translated);
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.uk.resx")]
    [InlineData("SharedResource.en.resx")]
    public void File_HasNoEmptyOrDuplicateValues(string file)
    {
        var entries = XDocument.Load(Path.Combine(ResourcesDirectory, file)).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value")))
            .ToList();

        Assert.Empty(entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Placeholders_AreTheSameInEveryLanguage()
    {
        var russian = Load("SharedResource.resx");
        foreach (var translation in new[] { "SharedResource.uk.resx", "SharedResource.en.resx" })
        {
            foreach (var (key, value) in Load(translation))
            {
                Assert.True(
                    Placeholders(value).SetEquals(Placeholders(russian[key])),
                    $"{translation}: {key} has other placeholders than the Russian text.");
            }
        }
    }

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
