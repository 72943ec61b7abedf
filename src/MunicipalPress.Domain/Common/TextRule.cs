namespace MunicipalPress.Domain.Common;

/// <summary>
/// The one rule for text anyone may send: no control characters but tab, carriage return and line feed, and no
/// lone surrogates. NUL cannot be stored in PostgreSQL text at all, and the others are never typed by a person:
/// they are refused with a field error, never cleaned up silently. Entity guards, report content and
/// RequestValidator (every request and query of the Application services) all ask this class.
/// </summary>
public static class TextRule
{
    public const string Message = "Must not contain control characters (other than tab and line breaks) or broken Unicode.";

    public static bool IsAcceptable(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws a <see cref="DomainException"/> for <paramref name="field"/> when the value breaks the rule.</summary>
    public static void Check(string? value, string field)
    {
        if (!IsAcceptable(value))
        {
            throw new DomainException(Message, field);
        }
    }
}
