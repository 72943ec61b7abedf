namespace MunicipalPress.Application.Imports;

public enum ImportOutcome
{
    /// <summary>A new draft was created.</summary>
    Created,

    /// <summary>The city's existing draft (or returned report) received the imported content.</summary>
    Filled,
}
