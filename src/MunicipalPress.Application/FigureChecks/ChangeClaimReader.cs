using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// Finds stated changes in an achievement, in Russian and Ukrainian: factors («в два раза», «вдвое», «у два рази»),
/// percentages («на 33 %», «рост … составил 13 %»), a start and an end («с 3000 до 6000», «з 3000 до 6000») and a
/// rise or fall to a figure («выросло до 2281», «зросла до …», «сократилось до …»). A claim belongs to the indicator of
/// the figure it stands beside in its sentence (what the importer's extractor found there); without one, to the
/// indicator the sentence's words name. The extractor leaves all these numbers out on purpose: they are comparisons,
/// not counts.
/// </summary>
internal static partial class ChangeClaimReader
{
    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["полтора"] = 1.5m, ["полторы"] = 1.5m, ["півтора"] = 1.5m, ["два"] = 2m, ["две"] = 2m, ["дві"] = 2m,
        ["три"] = 3m, ["четыре"] = 4m, ["чотири"] = 4m, ["пять"] = 5m, ["п'ять"] = 5m, ["шесть"] = 6m,
        ["шість"] = 6m, ["десять"] = 10m,
        ["вдвое"] = 2m, ["вдвічі"] = 2m, ["втрое"] = 3m, ["втричі"] = 3m, ["вчетверо"] = 4m, ["учетверо"] = 4m,
        ["впятеро"] = 5m, ["вп'ятеро"] = 5m,
    };

    public static List<ChangeClaim> Read(AchievementFigures achievement, IReadOnlySet<string> knownCodes)
    {
        var claims = new List<ChangeClaim>();
        foreach (var line in achievement.Lines)
        {
            if (line.IsBlank || !line.Text.Any(char.IsAsciiDigit) && !AnyRatioWord(line.Text))
            {
                continue;
            }

            foreach (var (start, end) in SentenceSplitter.Split(line.Text))
            {
                var sentence = line.Text[start..end];
                var offset = line.Start + start;
                var figures = achievement.Figures
                    .Where(f => f.Code is not null && knownCodes.Contains(f.Code) && f.Start >= offset && f.Start < offset + sentence.Length)
                    .ToList();
                ReadSentence(achievement.Index, sentence, offset, figures, knownCodes, claims);
            }
        }

        return claims;
    }

    private static void ReadSentence(
        int index, string sentence, int offset, List<ParsedIndicator> figures, IReadOnlySet<string> knownCodes, List<ChangeClaim> claims)
    {
        var source = sentence.Trim();
        foreach (Match m in Ratio().Matches(sentence))
        {
            var factor = ParseFactor(m.Groups["n"].Value);
            if (factor is not { } f || f <= 1m)
            {
                continue;
            }

            var falls = Falls(sentence, m.Index, m.Index + m.Length);
            Add(ChangeClaimKind.Ratio, falls ? 1m / f : f, m);
        }

        foreach (Match m in Percent().Matches(sentence))
        {
            if (decimal.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p > 0)
            {
                Add(ChangeClaimKind.Percent, Falls(sentence, m.Index, m.Index + m.Length) ? -p : p, m);
            }
        }

        foreach (Match m in GrowthPercent().Matches(sentence))
        {
            if (decimal.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p > 0)
            {
                var falls = FallWord().IsMatch(m.Groups["w"].Value);
                Add(ChangeClaimKind.Percent, falls ? -p : p, m);
            }
        }

        foreach (Match m in FromTo().Matches(sentence))
        {
            var from = NumberReader.Read(sentence, m.Groups["from"].Index);
            var to = NumberReader.Read(sentence, m.Groups["to"].Index);
            if (from.Shape == NumberShape.NotAFigure || to.Shape == NumberShape.NotAFigure)
            {
                continue;
            }

            // Only a range that ends on a figure the extractor counted is a change («с 9 до 18 часов» is not).
            var figure = figures.FirstOrDefault(x => x.Start == offset + to.Start);
            if (figure is not null)
            {
                claims.Add(new ChangeClaim(ChangeClaimKind.FromTo, figure.Code!, from.Value, figure.Value,
                    sentence[m.Index..to.End], index, offset + m.Index, to.End - m.Index, source));
            }
        }

        foreach (Match m in RoseTo().Matches(sentence))
        {
            var to = NumberReader.Read(sentence, m.Groups["to"].Index);
            var figure = figures.FirstOrDefault(x => x.Start == offset + to.Start);
            if (figure is not null)
            {
                var falls = FallWord().IsMatch(m.Groups["verb"].Value);
                claims.Add(new ChangeClaim(ChangeClaimKind.RoseTo, figure.Code!, falls ? -1m : 1m, figure.Value,
                    sentence[m.Index..to.End], index, offset + m.Index, to.End - m.Index, source));
            }
        }

        void Add(ChangeClaimKind kind, decimal stated, Match m)
        {
            var nearest = figures
                .OrderBy(x => Math.Abs(x.Start - (offset + m.Index)))
                .FirstOrDefault();
            var code = nearest?.Code ?? IndicatorKeywords.Match(sentence, sentence);
            if (code is null || !knownCodes.Contains(code))
            {
                return;
            }

            claims.Add(new ChangeClaim(kind, code, stated, nearest?.Value, m.Value.Trim(), index, offset + m.Index, m.Length, source));
        }
    }

    private static decimal? ParseFactor(string written)
    {
        var word = written.Replace('’', '\'').Replace('ʼ', '\'');
        if (NumberWords.TryGetValue(word, out var value))
        {
            return value;
        }

        return decimal.TryParse(word.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>A fall is said near the claim («в два раза меньше», «сократилось на 10 %»); otherwise a claim is a rise.</summary>
    private static bool Falls(string sentence, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(sentence.Length, end + 25);
        return FallWord().IsMatch(sentence.AsSpan(from, to - from));
    }

    private static bool AnyRatioWord(string text) => Ratio().IsMatch(text);

    [GeneratedRegex(@"(?<!\p{L})(?:(?:в|во|у)\s+(?<n>полтора|полторы|півтора|два|две|дві|три|четыре|чотири|пять|п['’ʼ]ять|шесть|шість|десять|\d+(?:[.,]\d+)?)\s+раз(?:а|и)?|(?<n>вдвое|вдвічі|втрое|втричі|вчетверо|учетверо|впятеро|вп['’ʼ]ятеро))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ratio();

    [GeneratedRegex(@"(?<!\p{L})на\s+(?<n>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*|відсот\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<w>(?<!\p{L})(?:рост|прирост|увеличение|снижение|сокращение|уменьшение|падение|зростання|приріст|збільшення|зменшення|скорочення|зниження))[^.;!?%]{0,80}?(?:составил\w*|склал\w*)\s+(?<n>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*|відсот\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrowthPercent();

    [GeneratedRegex(@"(?<!\p{L})(?:с|со|від|з|із)\s+(?<from>\d)[\d \u00A0]*(?:[.,]\d+)?(?:\s*(?:тыс|тис|млн)\.?)?\s+(?:[^\d.;!?]{0,40}?\s)?до\s+(?<to>\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"(?<verb>(?<!\p{L})(?:вырос|возрос|увеличил|повысил|зрос|зріс|збільшил|збільшив|підвищил|сократил|снизил|уменьшил|скоротил|знизил|зменшил|зменшив)\p{L}*)\s+(?:[^\d.;!?]{0,30}?\s)?до\s+(?<to>\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoseTo();

    [GeneratedRegex(@"меньше|ниже|сократил|снизил|уменьшил|сокращени|снижени|уменьшени|падени|менше|нижче|скоротил|знизил|зменшил|зменшив|скороченн|зниженн|зменшенн", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FallWord();
}
