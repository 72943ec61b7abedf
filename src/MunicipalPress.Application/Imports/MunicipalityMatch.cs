namespace MunicipalPress.Application.Imports;

/// <summary>How the municipality named in a report was found among the portal's municipalities.</summary>
public enum MunicipalityMatch
{
    /// <summary>Exactly one active municipality has the name.</summary>
    Found,

    /// <summary>The report names a municipality the portal does not have.</summary>
    NotFound,

    /// <summary>Several active municipalities have the name: the user chooses.</summary>
    Ambiguous,

    /// <summary>The parser found no name in the text.</summary>
    NotNamed,
}
