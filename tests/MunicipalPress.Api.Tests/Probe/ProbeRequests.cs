using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MunicipalPress.Api.Tests.Probe;

/// <summary>
/// Derives the probe's requests for an operation from the OpenAPI document alone: a plausible baseline (path
/// values from <paramref name="pathValue"/>, required query parameters, a JSON body built from the schema with
/// values from <paramref name="knownValues"/> (by field name) or the schema's type), then the baseline with one thing made bad at a
/// time: each path parameter, each query parameter, the whole body, and every field of the body (nested objects
/// and the first element of arrays included) with the <see cref="BadInputs"/> that fit its type.
/// </summary>
public sealed class ProbeRequests(
    JsonNode document,
    Func<string, string, string> pathValue,
    IReadOnlyDictionary<string, JsonNode?> knownValues)
{
    private const string Marker = "\"__probe__\"";
    private const int TenMegabytes = 10 * 1024 * 1024;

    public static IReadOnlyList<ProbeOperation> Operations(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(op => op.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => new ProbeOperation(op.Key.ToUpperInvariant(), path.Key, op.Value!)))
            .ToList();

    public IEnumerable<ProbeRequest> For(ProbeOperation operation)
    {
        var parameters = operation.Operation["parameters"]?.AsArray().Select(p => Resolve(p!)).ToList() ?? [];
        var pathParameters = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
        var queryParameters = parameters.Where(p => (string?)p["in"] == "query").ToList();
        var baselineQuery = queryParameters
            .Where(p => (bool?)p["required"] == true)
            .Select(p => (Name: (string)p["name"]!, Value: UrlText(Baseline((string)p["name"]!, p["schema"], 0))))
            .ToList();
        var content = operation.Operation["requestBody"]?["content"]?.AsObject();
        var jsonSchema = content?["application/json"]?["schema"];
        var baselineBody = jsonSchema is null ? null : Baseline(string.Empty, jsonSchema, 0);

        string Url(IReadOnlyDictionary<string, string>? pathOverride = null, (string Name, string Value)? query = null)
        {
            var path = operation.Template;
            foreach (var name in pathParameters)
            {
                var value = pathOverride is not null && pathOverride.TryGetValue(name, out var bad) ? bad : Uri.EscapeDataString(pathValue(operation.Template, name));
                path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            var pairs = baselineQuery.Where(q => q.Name != query?.Name).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}").ToList();
            if (query is { } extra)
            {
                pairs.Add($"{extra.Name}={extra.Value}");
            }

            return pairs.Count == 0 ? path : path + "?" + string.Join("&", pairs);
        }

        ProbeRequest Json(string url, string what, string json) =>
            new(operation.Method, url, what, Encoding.UTF8.GetBytes(json), "application/json");

        ProbeRequest WithBaselineBody(string url, string what) =>
            baselineBody is not null ? Json(url, what, baselineBody.ToJsonString()) : new ProbeRequest(operation.Method, url, what);

        yield return WithBaselineBody(Url(), "baseline");

        foreach (var name in pathParameters)
        {
            foreach (var value in BadInputs.UrlValues)
            {
                yield return WithBaselineBody(Url(new Dictionary<string, string> { [name] = value }), $"path {name}={Short(value)}");
            }
        }

        foreach (var parameter in queryParameters)
        {
            var name = (string)parameter["name"]!;
            foreach (var value in BadInputs.UrlValues)
            {
                yield return WithBaselineBody(Url(query: (name, value)), $"query {name}={Short(value)}");
            }
        }

        if (content is null)
        {
            yield break;
        }

        var url = Url();
        if (jsonSchema is not null)
        {
            foreach (var body in BadInputs.JsonBodies)
            {
                yield return Json(url, $"body {Short(body)}", body);
            }

            yield return Json(url, "body of 10 MB", "{\"x\":\"" + new string('x', TenMegabytes) + "\"}");
            yield return new ProbeRequest(operation.Method, url, "body not UTF-8", [0x7B, 0x22, 0xED, 0xA0, 0x80, 0xFF, 0x22, 0x7D], "application/json");
            foreach (var (path, schema) in Fields(baselineBody!, jsonSchema, string.Empty))
            {
                foreach (var value in ValuesFor(schema))
                {
                    yield return Json(url, $"{path}={Short(value)}", Replace(baselineBody!, path, value));
                }
            }
        }

        if (content.ContainsKey("text/plain"))
        {
            yield return new ProbeRequest(operation.Method, url, "text with NUL and controls", Encoding.UTF8.GetBytes("Пресс-служба\0 подготовила \u0001 120 пресс-релизов."), "text/plain; charset=utf-8");
            yield return new ProbeRequest(operation.Method, url, "text not UTF-8", [0xED, 0xA0, 0x80, 0xFF, 0xFE, 0x00], "text/plain");
            yield return new ProbeRequest(operation.Method, url, "text of 10 MB", Encoding.UTF8.GetBytes(new string('я', TenMegabytes / 2)), "text/plain; charset=utf-8");
        }

        if (content.ContainsKey("multipart/form-data"))
        {
            const string boundary = "probe-boundary";
            var whole = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\nContent-Type: text/plain\r\n\r\nПресс-служба подготовила 120 пресс-релизов.\r\n--{boundary}--\r\n";
            var bytes = Encoding.UTF8.GetBytes(whole);
            yield return new ProbeRequest(operation.Method, url, "multipart truncated in the part", bytes[..(bytes.Length / 2)], $"multipart/form-data; boundary={boundary}");
            yield return new ProbeRequest(operation.Method, url, "multipart truncated in the headers", bytes[..(boundary.Length + 20)], $"multipart/form-data; boundary={boundary}");
            yield return new ProbeRequest(operation.Method, url, "multipart without its end", bytes[..^(boundary.Length + 6)], $"multipart/form-data; boundary={boundary}");
            yield return new ProbeRequest(operation.Method, url, "multipart with another boundary", bytes, "multipart/form-data; boundary=other");
            yield return new ProbeRequest(operation.Method, url, "multipart without boundary", bytes, "multipart/form-data");
            yield return new ProbeRequest(operation.Method, url, "multipart file name with NUL", Encoding.UTF8.GetBytes(whole.Replace("report.txt", "re\0port.txt", StringComparison.Ordinal)), $"multipart/form-data; boundary={boundary}");
        }
    }

    /// <summary>Every field of the baseline body with its schema: properties of objects, the first element of arrays.</summary>
    private IEnumerable<(string Path, JsonNode Schema)> Fields(JsonNode value, JsonNode schema, string path)
    {
        var resolved = Resolve(schema);
        if (value is JsonObject obj && resolved["properties"] is JsonObject properties)
        {
            foreach (var (name, propertySchema) in properties)
            {
                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                yield return (childPath, propertySchema!);
                if (obj[name] is { } child)
                {
                    foreach (var field in Fields(child, propertySchema!, childPath))
                    {
                        yield return field;
                    }
                }
            }
        }
        else if (value is JsonArray { Count: > 0 } array && resolved["items"] is { } items)
        {
            foreach (var field in Fields(array[0]!, items, $"{path}[0]"))
            {
                yield return field;
            }
        }
    }

    private IEnumerable<string> ValuesFor(JsonNode schema)
    {
        var types = Types(Resolve(schema));
        if (types.Contains("array"))
        {
            return ["null", "[null]", "[[]]", "{}", "\"text\"", "[42]"];
        }

        if (types.Contains("object"))
        {
            return ["null", "[]", "\"text\"", "42"];
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return BadInputs.JsonNumbers.Concat(["null", "true", "{}", "[]"]);
        }

        if (types.Contains("boolean"))
        {
            return ["null", "\"true\"", "2", "{}"];
        }

        return BadInputs.JsonStrings.Concat(["null", "42", "true", "{}", "[null]"]);
    }

    private static string Replace(JsonNode body, string path, string rawValue)
    {
        var copy = body.DeepClone();
        JsonNode parent = copy;
        var steps = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < steps.Length - 1; i++)
        {
            parent = steps[i] == "[0]" ? parent[0]! : parent[steps[i]]!;
        }

        if (steps[^1] == "[0]")
        {
            parent[0] = "__probe__";
        }
        else
        {
            parent[steps[^1]] = "__probe__";
        }

        return copy.ToJsonString().Replace(Marker, rawValue, StringComparison.Ordinal);
    }

    /// <summary>A value the operation would plausibly accept, so one bad field at a time gets as far as it can.</summary>
    private JsonNode? Baseline(string name, JsonNode? schema, int depth)
    {
        if (knownValues.TryGetValue(name, out var known))
        {
            return known?.DeepClone();
        }

        if (schema is null || depth > 6)
        {
            return null;
        }

        var resolved = Resolve(schema);
        if (resolved["enum"] is JsonArray { Count: > 0 } values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var types = Types(resolved);
        if (types.Contains("object") || resolved["properties"] is not null)
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in resolved["properties"]?.AsObject() ?? [])
            {
                result[property] = Baseline(property, propertySchema, depth + 1);
            }

            return result;
        }

        if (types.Contains("array"))
        {
            return new JsonArray(Baseline(string.Empty, resolved["items"], depth + 1));
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return 1;
        }

        if (types.Contains("boolean"))
        {
            return false;
        }

        return resolved["format"]?.GetValue<string>() switch
        {
            "date" => "2026-01-15",
            "date-time" => "2026-01-15T10:00:00Z",
            _ => "Проба: пресс-служба подготовила 12 пресс-релизов.",
        };
    }

    private static string UrlText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>The schema behind $ref, and the non-null branch of a oneOf/anyOf (how nullable references are written).</summary>
    private JsonNode Resolve(JsonNode schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                var node = document;
                foreach (var part in reference.TrimStart('#', '/').Split('/'))
                {
                    node = node[part]!;
                }

                schema = node;
            }
            else if ((schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) is JsonArray branches
                     && branches.FirstOrDefault(b => !Types(b!).SequenceEqual(["null"])) is { } branch)
            {
                schema = branch;
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static List<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static string Short(string value) =>
        value.Length <= 40 ? value : value[..30] + $"…({value.Length.ToString(CultureInfo.InvariantCulture)} chars)";
}
