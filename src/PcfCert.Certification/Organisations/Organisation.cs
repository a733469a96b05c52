namespace PcfCert.Certification.Organisations;

/// <summary>
/// An enterprise known to the certification body: an applicant (认证委托人), a manufacturer (制造商)
/// or a factory (生产厂). Its profile holds the fields of the application form (CEC-7065CVP-A/0 annex 1).
/// </summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
        CreditCode = null!;
        RegisteredAddress = string.Empty;
    }

    /// <summary>Identity of the organisation.</summary>
    public Guid Id { get; private set; }

    /// <summary>注册名称.</summary>
    public string Name { get; private set; }

    /// <summary>统一社会信用代码; unique among organisations.</summary>
    public UnifiedSocialCreditCode CreditCode { get; private set; }

    /// <summary>注册地址.</summary>
    public string RegisteredAddress { get; private set; }

    /// <summary>邮编.</summary>
    public string? PostalCode { get; private set; }

    /// <summary>认证联系人.</summary>
    public string? ContactPerson { get; private set; }

    /// <summary>手机、座机、传真.</summary>
    public string? Phone { get; private set; }

    /// <summary>电子邮箱.</summary>
    public string? Email { get; private set; }

    /// <summary>联系地址/邮寄地址.</summary>
    public string? MailingAddress { get; private set; }

    /// <summary>企业性质.</summary>
    public EnterpriseNature? Nature { get; private set; }

    /// <summary>行业类别.</summary>
    public string? Industry { get; private set; }

    /// <summary>企业规模: annual main-business revenue of 20 million yuan or more.</summary>
    public bool? RevenueAtLeast20MillionYuan { get; private set; }

    /// <summary>Changes on every update so that concurrent edits are detected.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>The current profile as one value.</summary>
    public OrganisationProfile Profile => new(
        Name, CreditCode, RegisteredAddress, PostalCode, ContactPerson, Phone, Email,
        MailingAddress, Nature, Industry, RevenueAtLeast20MillionYuan);

    /// <summary>Registers a new organisation.</summary>
    /// <param name="id">Identity to use.</param>
    /// <param name="profile">The validated profile.</param>
    /// <returns>The organisation.</returns>
    public static Organisation Register(Guid id, OrganisationProfile profile)
    {
        var organisation = new Organisation { Id = id };
        organisation.UpdateProfile(profile);
        return organisation;
    }

    /// <summary>Replaces the profile.</summary>
    /// <param name="profile">The validated new profile.</param>
    public void UpdateProfile(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.RegisteredAddress);
        Name = profile.Name.Trim();
        CreditCode = profile.CreditCode;
        RegisteredAddress = profile.RegisteredAddress.Trim();
        PostalCode = Blank(profile.PostalCode);
        ContactPerson = Blank(profile.ContactPerson);
        Phone = Blank(profile.Phone);
        Email = Blank(profile.Email);
        MailingAddress = Blank(profile.MailingAddress);
        Nature = profile.Nature;
        Industry = Blank(profile.Industry);
        RevenueAtLeast20MillionYuan = profile.RevenueAtLeast20MillionYuan;
        ConcurrencyStamp = Guid.NewGuid();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The profile of an organisation, as in part 一 to 三 of the application form (CEC-7065CVP-A/0 annex 1).</summary>
/// <param name="Name">注册名称.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="RegisteredAddress">注册地址 (province, city, district and street).</param>
/// <param name="PostalCode">邮编 of the registered address.</param>
/// <param name="ContactPerson">认证联系人.</param>
/// <param name="Phone">手机、座机、传真.</param>
/// <param name="Email">电子邮箱.</param>
/// <param name="MailingAddress">联系地址/邮寄地址.</param>
/// <param name="Nature">企业性质.</param>
/// <param name="Industry">行业类别.</param>
/// <param name="RevenueAtLeast20MillionYuan">企业规模: annual main-business revenue of 20 million yuan or more.</param>
public sealed record OrganisationProfile(
    string Name,
    UnifiedSocialCreditCode CreditCode,
    string RegisteredAddress,
    string? PostalCode,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? MailingAddress,
    EnterpriseNature? Nature,
    string? Industry,
    bool? RevenueAtLeast20MillionYuan);
