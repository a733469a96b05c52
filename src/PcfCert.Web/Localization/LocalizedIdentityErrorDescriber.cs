using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PcfCert.Web.Localization;

/// <summary>Identity's own messages are English only; these are the ones a user can meet in PcfCert's forms.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Identity.DuplicateEmail", email]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Identity.DuplicateEmail", userName]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Identity.InvalidEmail", email ?? string.Empty]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Identity.InvalidEmail", userName ?? string.Empty]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Identity.PasswordTooShort", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Identity.PasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Identity.PasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Identity.PasswordRequiresUpper"]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["Identity.PasswordRequiresNonAlphanumeric"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
