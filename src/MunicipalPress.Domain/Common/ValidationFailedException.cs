namespace MunicipalPress.Domain.Common;

/// <summary>Several inputs broke their rules at once; <see cref="Errors"/> maps each field to its messages.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(string.Join(" ", errors.SelectMany(e => e.Value)), errors.Keys.FirstOrDefault())
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
