namespace MunicipalPress.Application.Imports;

/// <summary>A number as written in a paragraph: [Start, End) covers its digits, separators and multiplier.</summary>
internal readonly record struct NumberToken(int Start, int End, decimal Value, NumberShape Shape, bool IsPlainInteger, int Digits);
