using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Domain.Tests.Common;

public sealed class TextRuleTests
{
    [Theory]
    [InlineData("Пресс-служба подготовила 120 пресс-релизов.")]
    [InlineData("строка\tс табуляцией\r\nи переносом")]
    [InlineData("эмодзи 📰 целиком")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAcceptable_TextPeopleType_IsTrue(string? text) => Assert.True(TextRule.IsAcceptable(text));

    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u0001")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    [InlineData("\ud800")]
    [InlineData("x\udc00y")]
    [InlineData("конец\ud83d")]
    public void IsAcceptable_ControlCharacterOrLoneSurrogate_IsFalse(string text) => Assert.False(TextRule.IsAcceptable(text));

    [Fact]
    public void EntityGuard_NulInName_IsAFieldError()
    {
        var error = Assert.Throws<DomainException>(() => new Region("Амурская\0область", "RU"));

        Assert.Equal("Name", error.Field);
        Assert.Equal(TextRule.Message, error.Message);
    }
}
