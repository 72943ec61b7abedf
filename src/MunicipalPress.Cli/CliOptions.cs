namespace MunicipalPress.Cli;

/// <summary>`--name value` pairs and bare `--flag`s after the command.</summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    public IReadOnlyList<string> Positional => _positional;

    public static CliOptions Parse(IEnumerable<string> args)
    {
        var options = new CliOptions();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = list[i][2..];
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                options._values[name] = hasValue ? list[++i] : null;
            }
            else
            {
                options._positional.Add(list[i]);
            }
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _values.ContainsKey(name);
}
