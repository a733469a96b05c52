namespace PcfCert.Certification.Tests.Schemes;

// The rules' cover pages: CEC's number "CEC-7065CVP-A/0" already carries its version A/0; PCEC's number
// "ZCXH/XZ-15-2024" is printed with its version V4.0.
public sealed class SchemeCodeTests
{
    [Fact]
    public void A_number_that_ends_with_its_version_is_printed_once() =>
        Assert.Equal("CEC-7065CVP-A/0", RealSchemes.Cec.CodeWithVersion);

    [Fact]
    public void A_number_without_its_version_is_printed_with_it() =>
        Assert.Equal("ZCXH/XZ-15-2024 V4.0", RealSchemes.Pcec.CodeWithVersion);
}
