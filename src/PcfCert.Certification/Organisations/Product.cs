namespace PcfCert.Certification.Organisations;

/// <summary>A product an organisation makes and may apply to certify (application form part 四).</summary>
public sealed class Product
{
    private Product()
    {
        Name = string.Empty;
        Model = string.Empty;
    }

    /// <summary>Identity of the product.</summary>
    public Guid Id { get; private set; }

    /// <summary>The organisation that makes it.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>产品名称.</summary>
    public string Name { get; private set; }

    /// <summary>型号规格.</summary>
    public string Model { get; private set; }

    /// <summary>商标名称, when it carries one.</summary>
    public string? Trademark { get; private set; }

    /// <summary>Adds a product to an organisation's list.</summary>
    /// <param name="id">Identity to use.</param>
    /// <param name="organisationId">The maker.</param>
    /// <param name="name">Product name.</param>
    /// <param name="model">Model and specification.</param>
    /// <param name="trademark">Trademark, if any.</param>
    /// <returns>The product.</returns>
    public static Product Create(Guid id, Guid organisationId, string name, string model, string? trademark)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return new Product { Id = id, OrganisationId = organisationId, Name = name.Trim(), Model = model.Trim(), Trademark = trademark?.Trim() };
    }
}
