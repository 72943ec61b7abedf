namespace MunicipalPress.Domain.Common;

/// <summary>A business rule was broken; the message is safe to show to the user.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    /// <summary>The input field the rule is about, when there is one (for field-level errors).</summary>
    public string? Field { get; } = field;
}
