namespace MunicipalPress.Application.Common;

/// <summary>The actor may see the thing but not do this to it (the API answers 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
