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

    // Characters, not strings, in the attributes: a string attribute cannot hold a lone surrogate (it is stored as UTF-8).
    [Theory]
    [InlineData("a", '\0')]
    [InlineData("", '\u0001')]
    [InlineData("red", '\u001b')]
    [InlineData("del", '\u007f')]
    [InlineData("nel", '\u0085')]
    [InlineData("", '\ud800')]
    [InlineData("x", '\udc00')]
    [InlineData("конец", '\ud83d')]
    public void IsAcceptable_ControlCharacterOrLoneSurrogate_IsFalse(string before, char bad)
    {
        Assert.False(TextRule.IsAcceptable(before + bad));
        Assert.False(TextRule.IsAcceptable(before + bad + "после"));
    }

    [Fact]
    public void EntityGuard_NulInName_IsAFieldError()
    {
        var error = Assert.Throws<DomainException>(() => new Region("Амурская\0область", "RU"));

        Assert.Equal("Name", error.Field);
        Assert.Equal(TextRule.Message, error.Message);
    }
}
