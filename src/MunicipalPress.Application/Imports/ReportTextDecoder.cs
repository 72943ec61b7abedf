using System.Text;
using System.Text.Unicode;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Turns a file's bytes into text. Reports arrive as whatever Word or an e-mail client saved: UTF-8 with or
/// without a BOM, UTF-16 (Word's «Unicode text», sometimes without a BOM) and, from older machines,
/// Windows-1251 or KOI8. Never throws: anything undecodable becomes U+FFFD.
/// </summary>
public static class ReportTextDecoder
{
    private static readonly Lazy<bool> CodePagesRegistered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static DecodedReportText Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return new DecodedReportText(string.Empty, "utf-8");
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedReportText(FromUtf8(data[3..]), "utf-8");
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DecodedReportText(FromUtf32(data[4..], bigEndian: false), "utf-32");
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedReportText(FromUtf16(data[2..], bigEndian: false), "utf-16");
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedReportText(FromUtf16(data[2..], bigEndian: true), "utf-16BE");
        }

        var utf16 = GuessUtf16WithoutBom(data);
        if (utf16 is not null)
        {
            var bigEndian = utf16.Value;
            return new DecodedReportText(FromUtf16(data, bigEndian), bigEndian ? "utf-16BE" : "utf-16");
        }

        if (Utf8.IsValid(data))
        {
            return new DecodedReportText(FromUtf8(data), "utf-8");
        }

        return DecodeSingleByte(data);
    }

    private static string FromUtf8(ReadOnlySpan<byte> data) => new UTF8Encoding(false, false).GetString(data);

    private static string FromUtf16(ReadOnlySpan<byte> data, bool bigEndian) =>
        new UnicodeEncoding(bigEndian, false, false).GetString(data[..(data.Length & ~1)]);

    private static string FromUtf32(ReadOnlySpan<byte> data, bool bigEndian) =>
        new UTF32Encoding(bigEndian, false, false).GetString(data[..(data.Length & ~3)]);

    /// <summary>
    /// UTF-16 without a BOM: in Cyrillic or Latin text every second byte is the high byte of the code unit,
    /// almost always 0x00 (ASCII, digits, spaces) or 0x04 (Cyrillic). Returns true for big-endian, false for
    /// little-endian, null when the bytes do not look like UTF-16.
    /// </summary>
    private static bool? GuessUtf16WithoutBom(ReadOnlySpan<byte> data)
    {
        var sample = data[..(Math.Min(data.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] is 0x00 or 0x04)
            {
                evenHigh++;
            }

            if (sample[i + 1] is 0x00 or 0x04)
            {
                oddHigh++;
            }

            evenZero += sample[i] == 0 ? 1 : 0;
            oddZero += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        // Zeros never occur in real 8-bit text, so a high-byte column of 0x00/0x04 that covers most pairs,
        // while the other column does not, is UTF-16 and nothing else.
        if (oddHigh >= pairs * 0.6 && evenHigh <= pairs * 0.3 && oddZero + evenZero > 0)
        {
            return false;
        }

        if (evenHigh >= pairs * 0.6 && oddHigh <= pairs * 0.3 && oddZero + evenZero > 0)
        {
            return true;
        }

        return null;
    }

    /// <summary>
    /// Not UTF-8: Windows-1251 or KOI8-U (which reads KOI8-R too). Decoding 1251 bytes as KOI8 swaps the case
    /// of Cyrillic letters and the other way round, so the candidate with more lower-case Cyrillic wins.
    /// </summary>
    private static DecodedReportText DecodeSingleByte(ReadOnlySpan<byte> data)
    {
        _ = CodePagesRegistered.Value;
        var cp1251 = Encoding.GetEncoding(1251, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
            .GetString(data);
        var koi8 = Encoding.GetEncoding(21866, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
            .GetString(data);
        return LowerCaseCyrillicShare(koi8) > LowerCaseCyrillicShare(cp1251)
            ? new DecodedReportText(koi8, "koi8-u")
            : new DecodedReportText(cp1251, "windows-1251");
    }

    private static double LowerCaseCyrillicShare(string text)
    {
        int lower = 0, all = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                all++;
                lower += char.IsLower(c) ? 1 : 0;
            }
        }

        return all == 0 ? 0 : (double)lower / all;
    }
}
