using Microsoft.AspNetCore.Identity;

namespace PcfCert.Infrastructure.Identity;

/// <summary>A person who signs in: staff of the certification body, an administrator, or a user of one applicant enterprise.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The enterprise an applicant user belongs to; null for certification-body staff.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>When an administrator deactivated the user; a deactivated user cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
