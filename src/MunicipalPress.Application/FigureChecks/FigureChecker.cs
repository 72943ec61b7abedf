using System.Globalization;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// Checks a report's figures against each other, pure and cheap enough to run on every keystroke: each figure in
/// the achievements that counts a known indicator against that indicator's table value; stated changes against last
/// year's approved value; and each table value against last year (a jump beyond the factor) and against the region's
/// usual range per 10,000 residents. Figures are found by the importer's own extractor. Flags whose key is in
/// <see cref="FigureCheckInput.Acknowledged"/> come back marked, not dropped.
/// </summary>
public static class FigureChecker
{
    private static readonly HashSet<string> AtLeast = new(StringComparer.OrdinalIgnoreCase)
    {
        "более", "свыше", "понад", "більше", "щонайменше", "минимум", "не менее", "не менше", "не меньше", "більш ніж", "более чем",
    };

    private static readonly HashSet<string> AtMost = new(StringComparer.OrdinalIgnoreCase)
    {
        "менее", "менше", "максимум", "не более", "не більше", "менее чем", "менше ніж",
    };

    public static IReadOnlyList<FigureFlag> Check(FigureCheckInput input, FigureCheckOptions? options = null)
    {
        options ??= FigureCheckOptions.Default;
        var flags = new List<FigureFlag>();
        var achievements = input.Achievements.Select((text, i) => AchievementFigures.Read(i, text, input.Year)).ToList();
        CheckTextAgainstTable(input, options, achievements, flags);
        foreach (var achievement in achievements)
        {
            foreach (var claim in ChangeClaimReader.Read(achievement, input.KnownCodes))
            {
                CheckClaim(input, options, claim, flags);
            }
        }

        CheckPlausibility(input, options, flags);
        return flags
            .GroupBy(f => f.Key)
            .Select(g => g.First() with { IsAcknowledged = input.Acknowledged.Contains(g.Key) })
            .ToList();
    }

    private static void CheckTextAgainstTable(
        FigureCheckInput input, FigureCheckOptions options, List<AchievementFigures> achievements, List<FigureFlag> flags)
    {
        var byCode = achievements
            .SelectMany(a => a.Figures.Select(f => (Achievement: a, Figure: f)))
            .Where(x => x.Figure.Code is { } code && input.KnownCodes.Contains(code))
            .GroupBy(x => x.Figure.Code!);
        foreach (var group in byCode)
        {
            var code = group.Key;
            if (!input.Values.TryGetValue(code, out var table))
            {
                var (a, f) = group.First();
                flags.Add(Flag(
                    $"missing:{code}:{N(f.Value)}", FigureFlagKind.MissingValue, code, f.Value, null, null, null, null, null,
                    f.Value, [FigureFlagActions.FillValue, FigureFlagActions.MarkIntended], a, f,
                    $"The text gives {N(f.Value)} for {code}; the table has no value."));
                continue;
            }

            // One figure that agrees settles it: the others are parts or other circumstances of the same count.
            if (group.Any(x => Agrees(x.Achievement, x.Figure, table, options)))
            {
                continue;
            }

            foreach (var (a, f) in group)
            {
                flags.Add(Flag(
                    $"disagreement:{code}:{N(f.Value)}:{N(table)}", FigureFlagKind.Disagreement, code, f.Value, table, null, null, null, null,
                    f.Value, [FigureFlagActions.TakeTextValue, FigureFlagActions.MarkIntended], a, f,
                    $"The text says {N(f.Value)} for {code}; the table says {N(table)}."));
            }
        }
    }

    /// <summary>Exact, or within what the text's wording allows: «более 500» holds for 512, «около 20 000» and «2,5 тыс.» for a close value.</summary>
    private static bool Agrees(AchievementFigures achievement, ParsedIndicator figure, decimal table, FigureCheckOptions options)
    {
        if (table == figure.Value)
        {
            return true;
        }

        if (figure.Qualifier is { } qualifier)
        {
            if (AtLeast.Contains(qualifier))
            {
                return table >= figure.Value;
            }

            if (AtMost.Contains(qualifier))
            {
                return table <= figure.Value;
            }

            return Close(table, figure.Value, options.RoundedTolerance * 2);
        }

        var written = figure.Start + figure.Length <= achievement.Text.Length ? achievement.Text.AsSpan(figure.Start, figure.Length) : [];
        return written.ContainsAnyExcept("0123456789 ,.") && Close(table, figure.Value, options.RoundedTolerance);
    }

    private static void CheckClaim(FigureCheckInput input, FigureCheckOptions options, ChangeClaim claim, List<FigureFlag> flags)
    {
        if (!input.LastYearValues.TryGetValue(claim.Code, out var last) || last <= 0)
        {
            return;
        }

        var current = claim.Current ?? (input.Values.TryGetValue(claim.Code, out var table) ? table : (decimal?)null);
        decimal expected;
        bool holds;
        string says;
        switch (claim.Kind)
        {
            case ChangeClaimKind.Ratio when current is { } now:
                expected = Math.Round(now / last, 2);
                holds = Math.Abs(now / last - claim.Stated) <= claim.Stated * options.RatioTolerance;
                says = $"a factor of {N(Math.Round(claim.Stated, 2))}";
                break;
            case ChangeClaimKind.Percent when current is { } now:
                expected = Math.Round((now / last - 1m) * 100m, 1);
                holds = Math.Abs(expected - claim.Stated) <= Math.Max(options.PercentTolerancePoints, Math.Abs(claim.Stated) * options.RatioTolerance);
                says = $"a change of {N(claim.Stated)} %";
                break;
            case ChangeClaimKind.FromTo:
                expected = last;
                holds = Close(claim.Stated, last, options.RoundedTolerance);
                says = $"a start from {N(claim.Stated)}";
                break;
            case ChangeClaimKind.RoseTo when current is { } now:
                expected = now == last ? 0 : Math.Sign(now - last);
                holds = claim.Stated > 0 ? now > last : now < last;
                says = claim.Stated > 0 ? $"a rise to {N(now)}" : $"a fall to {N(now)}";
                break;
            default:
                return;
        }

        if (holds)
        {
            return;
        }

        var actual = claim.Kind switch
        {
            ChangeClaimKind.Ratio => $"last year's {N(last)} and this year's {N(current!.Value)} make a factor of {N(expected)}",
            ChangeClaimKind.Percent => $"last year's {N(last)} and this year's {N(current!.Value)} make {N(expected)} %",
            _ => $"last year's approved value is {N(last)}",
        };
        flags.Add(new FigureFlag(
            $"change:{claim.Code}:{claim.Kind}:{N(claim.Stated)}:{N(current ?? 0)}:{N(last)}",
            FigureFlagKind.ChangeClaim,
            claim.Code,
            current,
            input.Values.TryGetValue(claim.Code, out var tableValue) ? tableValue : null,
            last,
            claim.Kind,
            claim.Stated,
            expected,
            null,
            [FigureFlagActions.MarkIntended],
            claim.AchievementIndex,
            claim.Start,
            claim.Length,
            claim.SourceText,
            $"The text states {says} («{claim.Written}») for {claim.Code}; {actual}.",
            false));
    }

    private static void CheckPlausibility(FigureCheckInput input, FigureCheckOptions options, List<FigureFlag> flags)
    {
        foreach (var (code, value) in input.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!input.KnownCodes.Contains(code))
            {
                continue;
            }

            if (input.LastYearValues.TryGetValue(code, out var last) && last > 0 && value >= 0
                && (value > last * options.JumpFactor || value * options.JumpFactor < last))
            {
                var up = value > last;
                flags.Add(new FigureFlag(
                    $"jump:{code}:{N(value)}:{N(last)}", FigureFlagKind.Jump, code, null, value, last, null, null,
                    up ? last * options.JumpFactor : last / options.JumpFactor, null, [FigureFlagActions.MarkIntended],
                    null, null, null, null,
                    $"Check: {code} is {N(value)}, {(up ? "more than" : "less than 1/")}{N(options.JumpFactor)} times last year's {N(last)}.",
                    false));
            }

            if (input.Population is { } population && population > 0
                && input.RegionRanges.TryGetValue(code, out var range) && range.Peers >= options.MinRegionPeers)
            {
                var per10K = value * 10_000m / population;
                if (per10K < range.LowPer10K || per10K > range.HighPer10K)
                {
                    var bound = per10K < range.LowPer10K ? range.LowPer10K : range.HighPer10K;
                    flags.Add(new FigureFlag(
                        $"range:{code}:{N(value)}", FigureFlagKind.OutsideRegionRange, code, null, value, null, null,
                        Math.Round(per10K, 2), Math.Round(bound, 2), null, [FigureFlagActions.MarkIntended],
                        null, null, null, null,
                        $"Check: {code} is {N(Math.Round(per10K, 2))} per 10,000 residents; the region's usual range is "
                        + $"{N(Math.Round(range.LowPer10K, 2))}–{N(Math.Round(range.HighPer10K, 2))} ({range.Peers} values).",
                        false));
                }
            }
        }
    }

    private static FigureFlag Flag(
        string key, FigureFlagKind kind, string code, decimal? text, decimal? table, decimal? last, ChangeClaimKind? claim,
        decimal? stated, decimal? expected, decimal? suggested, IReadOnlyList<string> actions, AchievementFigures achievement,
        ParsedIndicator figure, string message) =>
        new(key, kind, code, text, table, last, claim, stated, expected, suggested, actions,
            achievement.Index, figure.Start, figure.Length, figure.SourceText, message, false);

    private static bool Close(decimal a, decimal b, decimal share) =>
        Math.Abs(a - b) <= Math.Max(Math.Abs(a), Math.Abs(b)) * share;

    /// <summary>Invariant and without trailing zeros, so 1200 and 1200.00 make the same key.</summary>
    internal static string N(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
