namespace PcfCert.Certification.Personnel;

/// <summary>A qualification held by a person, e.g. a GHG verifier registration, valid until a date.</summary>
/// <param name="Key">Qualification key as the schemes name it (e.g. <c>ghg-verifier-registration</c>).</param>
/// <param name="RegistrationNumber">注册证书编号.</param>
/// <param name="ValidUntil">Last day of validity.</param>
public sealed record Qualification(string Key, string RegistrationNumber, DateOnly ValidUntil)
{
    /// <summary>Whether the qualification is valid on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => date <= ValidUntil;
}

/// <summary>
/// A person in the certification body's personnel register (人员名册): personnel types, qualifications with
/// expiry dates, product areas, and declared conflicts of interest with applicant organisations.
/// </summary>
public sealed class RegisteredPerson
{
    private RegisteredPerson()
    {
        Name = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name.</summary>
    public string Name { get; private set; }

    /// <summary>The user account of the person, if any.</summary>
    public string? UserId { get; private set; }

    /// <summary>Personnel types (role keys, e.g. Inspector, TechnicalReviewer).</summary>
    public IReadOnlyList<string> PersonnelTypes { get; private set; } = [];

    /// <summary>Qualifications.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; private set; } = [];

    /// <summary>Product areas the person is competent for (scheme product keys or category codes).</summary>
    public IReadOnlyList<string> ProductAreas { get; private set; } = [];

    /// <summary>Organisations the person declared a conflict of interest with.</summary>
    public IReadOnlyList<Guid> ConflictsOfInterest { get; private set; } = [];

    /// <summary>Renewed on every change.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Registers a person.</summary>
    public static RegisteredPerson Register(Guid id, string name, string? userId, IReadOnlyList<string> personnelTypes,
        IReadOnlyList<Qualification> qualifications, IReadOnlyList<string> productAreas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new RegisteredPerson
        {
            Id = id,
            Name = name.Trim(),
            UserId = userId,
            PersonnelTypes = personnelTypes,
            Qualifications = qualifications,
            ProductAreas = productAreas,
            ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>Replaces the register entry's details.</summary>
    public void Update(string name, IReadOnlyList<string> personnelTypes, IReadOnlyList<Qualification> qualifications, IReadOnlyList<string> productAreas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        PersonnelTypes = personnelTypes;
        Qualifications = qualifications;
        ProductAreas = productAreas;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Records a declared conflict of interest with an organisation.</summary>
    public void DeclareConflict(Guid organisationId)
    {
        if (!ConflictsOfInterest.Contains(organisationId))
        {
            ConflictsOfInterest = [.. ConflictsOfInterest, organisationId];
            ConcurrencyStamp = Guid.NewGuid();
        }
    }

    /// <summary>Qualification keys valid on <paramref name="date"/>.</summary>
    public IReadOnlyList<string> QualificationsValidOn(DateOnly date) =>
        Qualifications.Where(q => q.IsValidOn(date)).Select(q => q.Key).Distinct().ToList();
}
