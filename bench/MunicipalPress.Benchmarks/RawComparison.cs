using Npgsql;

namespace MunicipalPress.Benchmarks;

/// <summary>
/// The baseline: the comparison's data read with hand-written SQL over Npgsql, into the same shape
/// (indicator → municipality → year → value), with no EF, no DTO mapping beyond that.
/// </summary>
public static class RawComparison
{
    public static async Task<Dictionary<int, Dictionary<int, Dictionary<int, decimal>>>> RunAsync(
        NpgsqlDataSource dataSource, int[] municipalityIds, int[] indicatorIds, int fromYear, int toYear)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT v.indicator_id, r.municipality_id, r.year, v.value
            FROM annual_reports r
            JOIN indicator_values v ON v.annual_report_id = r.id
            WHERE r.municipality_id = ANY(@m) AND v.indicator_id = ANY(@i) AND r.year BETWEEN @from AND @to
              AND r.status IN ('Submitted', 'Approved')
            """);
        command.Parameters.AddWithValue("m", municipalityIds);
        command.Parameters.AddWithValue("i", indicatorIds);
        command.Parameters.AddWithValue("from", fromYear);
        command.Parameters.AddWithValue("to", toYear);
        var result = new Dictionary<int, Dictionary<int, Dictionary<int, decimal>>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var indicator = reader.GetInt32(0);
            if (!result.TryGetValue(indicator, out var byCity))
            {
                result[indicator] = byCity = [];
            }

            var city = reader.GetInt32(1);
            if (!byCity.TryGetValue(city, out var byYear))
            {
                byCity[city] = byYear = [];
            }

            byYear[reader.GetInt32(2)] = reader.GetDecimal(3);
        }

        return result;
    }
}
