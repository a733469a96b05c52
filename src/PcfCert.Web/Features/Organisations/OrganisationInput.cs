using FluentValidation;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Organisations;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Organisations;

/// <summary>The organisation profile as a form or an API client sends it.</summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }
    public string? CreditCode { get; set; }
    public string? RegisteredAddress { get; set; }
    public string? PostalCode { get; set; }
    public string? ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? MailingAddress { get; set; }
    public EnterpriseNature? Nature { get; set; }
    public string? Industry { get; set; }
    public bool? RevenueAtLeast20MillionYuan { get; set; }

    /// <summary>The stamp the client read; a different stored stamp means someone else saved in between.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name,
        CreditCode = o.CreditCode.Value,
        RegisteredAddress = o.RegisteredAddress,
        PostalCode = o.PostalCode,
        ContactPerson = o.ContactPerson,
        Phone = o.Phone,
        Email = o.Email,
        MailingAddress = o.MailingAddress,
        Nature = o.Nature,
        Industry = o.Industry,
        RevenueAtLeast20MillionYuan = o.RevenueAtLeast20MillionYuan,
        ConcurrencyStamp = o.ConcurrencyStamp,
    };

    /// <summary>The domain profile; call only after <see cref="OrganisationInputValidator"/> passed.</summary>
    public OrganisationProfile ToProfile()
    {
        UnifiedSocialCreditCode.TryParse(CreditCode, out var code, out _);
        return new OrganisationProfile(Name!, code!, RegisteredAddress!, PostalCode, ContactPerson, Phone, Email,
            MailingAddress, Nature, Industry, RevenueAtLeast20MillionYuan);
    }
}

public sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
{
    public OrganisationInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Validation.Required", l["Organisation.Name"]])
            .MaximumLength(200).WithMessage(_ => l["Validation.TooLong", l["Organisation.Name"], 200]);
        RuleFor(x => x.CreditCode).Custom((value, context) =>
        {
            if (!UnifiedSocialCreditCode.TryParse(value, out _, out var error))
            {
                context.AddFailure(l["CreditCode." + error, l["Organisation.CreditCode"]]);
            }
        });
        RuleFor(x => x.RegisteredAddress).NotEmpty().WithMessage(_ => l["Validation.Required", l["Organisation.RegisteredAddress"]])
            .MaximumLength(400).WithMessage(_ => l["Validation.TooLong", l["Organisation.RegisteredAddress"], 400]);
        RuleFor(x => x.PostalCode).Matches("^[0-9]{6}$").When(x => !string.IsNullOrWhiteSpace(x.PostalCode))
            .WithMessage(_ => l["Validation.PostalCode", l["Organisation.PostalCode"]]);
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage(_ => l["Validation.Email", l["Organisation.Email"]]);
        RuleFor(x => x.Nature).IsInEnum().WithMessage(_ => l["Validation.Choice", l["Organisation.Nature"]]);
        RuleFor(x => x.ContactPerson).MaximumLength(100).WithMessage(_ => l["Validation.TooLong", l["Organisation.ContactPerson"], 100]);
        RuleFor(x => x.Phone).MaximumLength(100).WithMessage(_ => l["Validation.TooLong", l["Organisation.Phone"], 100]);
        RuleFor(x => x.MailingAddress).MaximumLength(400).WithMessage(_ => l["Validation.TooLong", l["Organisation.MailingAddress"], 400]);
        RuleFor(x => x.Industry).MaximumLength(200).WithMessage(_ => l["Validation.TooLong", l["Organisation.Industry"], 200]);
    }
}
