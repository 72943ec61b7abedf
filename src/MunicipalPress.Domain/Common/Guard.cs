namespace MunicipalPress.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, string field, int maxLength)
    {
        TextRule.Check(value, field);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{field} must not be empty.", field);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{field} must be at most {maxLength} characters.", field);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength)
    {
        TextRule.Check(value, field);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength
            ? throw new DomainException($"{field} must be at most {maxLength} characters.", field)
            : trimmed;
    }
}
