using System.Text.Json.Nodes;

namespace MunicipalPress.Api.Tests.Probe;

/// <summary>
/// What an attacker sends instead of the expected value. JSON values are raw JSON text (so wrong types, numbers
/// JSON cannot hold as a double, and lone surrogates written as escapes all get through the client unchanged);
/// URL values are already percent-encoded (so NUL, invalid UTF-8 and overlong strings reach the server as such).
/// </summary>
public static class BadInputs
{
    public const int OneMegabyte = 1024 * 1024;

    public static readonly string MegabyteString = JsonValue.Create(new string('я', OneMegabyte / 2))!.ToJsonString();

    /// <summary>For string fields: control characters, lone surrogates, size, markup and SQL.</summary>
    public static readonly string[] JsonStrings =
    [
        "\"a\\u0000b\"",
        "\"\\u0001\\u0002\"",
        "\"red\\u001b[31m\"",
        "\"del\\u007f\"",
        "\"nel\\u0085\"",
        "\"\\ud800\"",
        "\"tail\\udc00\"",
        "\"\\u202e\\u200b\"",
        MegabyteString,
        "\"<script>alert(1)</script><img src=x onerror=alert(1)>\"",
        "\"'; DROP TABLE annual_reports; --\"",
        "\"' OR '1'='1\"",
        "\"=HYPERLINK(\\\"http://evil.example\\\")\"",
        "\"\"",
        "\"   \"",
    ];

    /// <summary>For number fields: negative, zero, overflow, beyond double, fractions, NaN as text.</summary>
    public static readonly string[] JsonNumbers =
    [
        "-1",
        "0",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1e308",
        "1e309",
        "-1e309",
        "1.5",
        "99999999999999999999999999999999",
        "\"NaN\"",
        "\"Infinity\"",
        "\"12abc\"",
    ];

    /// <summary>For any field: a value of the wrong JSON type.</summary>
    public static readonly string[] JsonWrongTypes = ["null", "true", "{}", "[]", "[null]", "\"text\"", "42"];

    /// <summary>Whole bodies that are not the expected object.</summary>
    public static readonly string[] JsonBodies =
    [
        "",
        "null",
        "[]",
        "[null]",
        "\"text\"",
        "42",
        "{",
        "{\"a\":",
        "{\"a\":\"\\ud800\"}",
        new string('[', 5000) + new string(']', 5000),
    ];

    /// <summary>For query parameters and path segments, percent-encoded.</summary>
    public static readonly string[] UrlValues =
    [
        "a%00b",
        "%01%02",
        "%1B%5B31m",
        "%7F",
        "%C2%85",
        "%ED%A0%80",
        "%FF%FE",
        "%",
        "-1",
        "0",
        "2147483647",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "NaN",
        "1e309",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "'%20OR%20'1'%3D'1",
        "..%2F..%2Fetc%2Fpasswd",
        new string('x', 100_000),
    ];

    public static IEnumerable<string> All =>
        JsonStrings.Concat(JsonNumbers).Concat(JsonWrongTypes).Concat(JsonBodies).Concat(UrlValues).Distinct();
}
