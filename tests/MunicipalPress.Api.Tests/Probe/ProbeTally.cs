using System.Globalization;
using System.Text;

namespace MunicipalPress.Api.Tests.Probe;

/// <summary>What the probe sent and what came back: requests and answers by status class, per role.</summary>
public sealed class ProbeTally
{
    private readonly Dictionary<string, Dictionary<string, int>> _byRole = [];
    private long _bytes;

    public void Count(string role, int status, int bodyBytes)
    {
        if (!_byRole.TryGetValue(role, out var classes))
        {
            _byRole[role] = classes = [];
        }

        var key = $"{status / 100}xx";
        classes[key] = classes.GetValueOrDefault(key) + 1;
        _bytes += bodyBytes;
    }

    public string Describe(int operations, int payloads, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var total = _byRole.Values.Sum(c => c.Values.Sum());
        text.AppendLine(CultureInfo.InvariantCulture, $"OpenAPI probe: {operations} operations × {_byRole.Count} roles, {payloads} distinct bad inputs; {total} requests ({_bytes / (1024 * 1024)} MB of bodies) in {elapsed.TotalSeconds:0.0} s");
        foreach (var (role, classes) in _byRole)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {role,-15} {classes.Values.Sum(),6} requests: {Classes(classes)}");
        }

        var all = _byRole.Values.SelectMany(c => c).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"all",-15} {total,6} requests: {Classes(all)}");
        return text.ToString();
    }

    private static string Classes(Dictionary<string, int> classes) =>
        string.Join(", ", classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
}
