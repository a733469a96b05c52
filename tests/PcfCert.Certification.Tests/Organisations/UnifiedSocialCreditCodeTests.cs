using PcfCert.Certification.Organisations;

namespace PcfCert.Certification.Tests.Organisations;

public sealed class UnifiedSocialCreditCodeTests
{
    // 91350100M000100Y43 is the worked example commonly reprinted with GB 32100-2015. By hand:
    // values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 × weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
    // = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
    [Fact]
    public void Gb32100_worked_example_has_check_character_3()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var code, out var error));
        Assert.Null(error);
        Assert.Equal("91350100M000100Y43", code!.Value);
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("  91350100M000100Y43 ")]
    public void Lower_case_and_surrounding_spaces_are_accepted(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out _));
        Assert.Equal("91350100M000100Y43", code!.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeError.WrongCheckCharacter)]
    [InlineData("91350100M000100Y4", CreditCodeError.WrongLength)]
    [InlineData("", CreditCodeError.WrongLength)]
    [InlineData(null, CreditCodeError.WrongLength)]
    [InlineData("91350100M000100I43", CreditCodeError.InvalidCharacter)] // I is not in the alphabet
    [InlineData("91350100M000100Z43", CreditCodeError.InvalidCharacter)] // nor is Z
    [InlineData("9135A100M000100Y43", CreditCodeError.InvalidDivisionCode)]
    public void Invalid_codes_are_refused_with_the_reason(string? text, CreditCodeError expected)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    // Check value 0 arises when the weighted sum is a multiple of 31 ((31 − 0) mod 31 = 0), the case a naive
    // "31 − sum mod 31" gets wrong by producing index 31. Every valid code must round-trip through CheckCharacter.
    [Fact]
    public void Check_character_is_always_in_the_alphabet_and_round_trips()
    {
        for (var i = 0; i < 2000; i++)
        {
            var first17 = $"91110108{i:D9}";
            var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
            Assert.True(UnifiedSocialCreditCode.TryParse(code, out _, out var error), $"{code}: {error}");
        }
    }
}
