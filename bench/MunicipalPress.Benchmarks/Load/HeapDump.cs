using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MunicipalPress.Benchmarks.Load;

/// <summary>
/// Heap dumps of the server (<c>dotnet-gcdump</c>, a local tool in <c>dotnet-tools.json</c>), read back as live bytes
/// and objects per type: two of them, with n and m forms open, say per type what one more open form holds. The dumps
/// stay where asked (<c>FILE.n.gcdump</c>) and open again with <c>dotnet gcdump report FILE</c>.
/// </summary>
public static partial class HeapDump
{
    public sealed record Snapshot(long Bytes, IReadOnlyDictionary<string, (long Bytes, long Count)> Types);

    public static async Task<Snapshot?> CollectAsync(int processId, string file)
    {
        var path = Path.GetFullPath(file);
        var (code, output) = await ExecuteAsync(["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", path]);
        if (code != 0)
        {
            Console.WriteLine($"dotnet-gcdump failed: {output}");
            return null;
        }

        // The report lists each type once per size bucket: the object size (of the bucket's largest), then the count.
        var (_, report) = await ExecuteAsync(["report", path]);
        var types = new Dictionary<string, (long Bytes, long Count)>();
        long total = 0;
        foreach (var line in report.Split('\n'))
        {
            if (Row().Match(line) is { Success: true } row)
            {
                var size = long.Parse(row.Groups["size"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var count = long.Parse(row.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var type = row.Groups["type"].Value;
                var (bytes, objects) = types.GetValueOrDefault(type);
                types[type] = (bytes + (size * count), objects + count);
            }
            else if (Total().Match(line) is { Success: true } heap)
            {
                total = long.Parse(heap.Groups["bytes"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap dump {path}: {total / 1048576.0:0.0} MB of live objects"));
        return new Snapshot(total, types);
    }

    /// <summary>The types that grew most between two dumps, per form opened in between.</summary>
    public static void PrintGrowth(Snapshot before, Snapshot after, int forms, int top = 40)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"live objects per open form: {(after.Bytes - before.Bytes) / 1024.0 / forms:0} KB (GC heap, {forms} forms between the dumps); the largest types:"));
        Console.WriteLine("| type | bytes per form | objects per form |");
        Console.WriteLine("|---|---:|---:|");
        var growth = after.Types
            .Select(t => (Type: t.Key, Bytes: t.Value.Bytes - before.Types.GetValueOrDefault(t.Key).Bytes, Count: t.Value.Count - before.Types.GetValueOrDefault(t.Key).Count))
            .OrderByDescending(t => t.Bytes)
            .Take(top);
        foreach (var (type, bytes, count) in growth)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {bytes / (double)forms:0} | {count / (double)forms:0.0} |"));
        }
    }

    private static async Task<(int Code, string Output)> ExecuteAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["tool", "run", "dotnet-gcdump", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"^\s*(?<size>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>.+?)(\s+\(Bytes > [^)]*\))?\s+\[[^\]]*\]\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+GC Heap bytes")]
    private static partial Regex Total();
}
