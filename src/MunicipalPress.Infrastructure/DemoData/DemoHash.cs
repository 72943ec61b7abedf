using System.Text;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// FNV-1a (32 bit) over UTF-8: a hash that is the same in every process, unlike string.GetHashCode,
/// so the generated demo data is the same on every machine and every start.
/// </summary>
internal static class DemoHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>A seed for <see cref="Random"/>.</summary>
    public static int Seed(string text) => unchecked((int)Of(text));

    /// <summary>A number in [0, 1) that depends only on <paramref name="text"/>.</summary>
    public static double Unit(string text) => Of(text) / 4294967296.0;
}
