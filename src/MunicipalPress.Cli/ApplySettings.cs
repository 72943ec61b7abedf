namespace MunicipalPress.Cli;

/// <summary>The options of `import apply` that hold for every file.</summary>
public sealed record ApplySettings(int? MunicipalityId, int? Year, bool Replace, bool DryRun);
