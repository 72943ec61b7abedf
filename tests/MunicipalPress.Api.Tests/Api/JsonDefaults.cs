using System.Text.Json;
using System.Text.Json.Serialization;

namespace MunicipalPress.Api.Tests.Api;

internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
