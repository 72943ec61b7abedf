using System.Security.Cryptography;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// Initial passwords an administrator can hand over: 16 characters with an upper- and a lower-case letter,
/// a digit and a symbol (Identity's default rules), without look-alikes such as O/0 and l/1.
/// </summary>
public static class PasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_!#%+=?";
    public const int Length = 16;

    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new List<char> { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) };
        while (chars.Count < Length)
        {
            chars.Add(Pick(all));
        }

        // Shuffle, so the guaranteed classes are not always in front.
        for (var i = chars.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (chars[i], chars[j]) = (chars[j], chars[i]);
        }

        return new string([.. chars]);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
