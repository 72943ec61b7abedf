using System.Globalization;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// Where a sparkline's points go in a width × height box: one slot per year, the value range stretched to
/// the height (a flat series sits in the middle). A missing year breaks the line: each run of consecutive
/// values is its own polyline, and a value with no neighbour is drawn as a dot.
/// </summary>
public sealed record SparklineGeometry(IReadOnlyList<string> Lines, IReadOnlyList<SparklinePoint> Dots, SparklinePoint? Last)
{
    public static SparklineGeometry For(IReadOnlyList<decimal?> values, double width, double height, double padding = 3)
    {
        var known = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        if (known.Count == 0)
        {
            return new SparklineGeometry([], [], null);
        }

        var min = known.Min();
        var max = known.Max();
        var step = values.Count > 1 ? (width - 2 * padding) / (values.Count - 1) : 0;
        double X(int index) => values.Count > 1 ? padding + index * step : width / 2;
        double Y(double value) => max > min ? padding + (max - value) / (max - min) * (height - 2 * padding) : height / 2;

        var lines = new List<string>();
        var dots = new List<SparklinePoint>();
        var run = new List<SparklinePoint>();
        SparklinePoint? last = null;
        for (var i = 0; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] is { } value)
            {
                last = new SparklinePoint(Math.Round(X(i), 2), Math.Round(Y((double)value), 2));
                run.Add(last);
                continue;
            }

            if (run.Count == 1)
            {
                dots.Add(run[0]);
            }
            else if (run.Count > 1)
            {
                lines.Add(string.Join(' ', run.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X},{p.Y}"))));
            }

            run.Clear();
        }

        return new SparklineGeometry(lines, dots, last);
    }
}
