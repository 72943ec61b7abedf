using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The app's resource files as the pages read them, for tests of localised text.</summary>
internal static class ResourceTesting
{
    /// <summary>The localizer the pages get for <typeparamref name="TResource"/>.</summary>
    public static IStringLocalizer Localizer<TResource>() =>
        new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
                NullLoggerFactory.Instance)
            .Create(typeof(TResource));

    /// <summary>Runs <paramref name="action"/> with the UI and formatting culture set, restoring both after.</summary>
    public static void WithCulture(string culture, Action action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    /// <summary>The keys of a .resx file in src/MunicipalPress.Web/Resources, found from the test's output folder.</summary>
    public static HashSet<string> Keys(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "src", "MunicipalPress.Web", "Resources", file);
            if (File.Exists(path))
            {
                return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
            }
        }

        throw new FileNotFoundException(file);
    }
}
