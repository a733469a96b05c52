using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The holder files a change request (CEC 7.3, PCEC 9.3) with the new printed values, if any.</summary>
public sealed class FileChangeRequest(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed class Input
    {
        public ChangeKind Kind { get; set; } = ChangeKind.ProductNameOrModel;

        public string? Description { get; set; }

        public string? ProductName { get; set; }

        public string? Model { get; set; }

        public string? FactoryName { get; set; }

        public string? FactoryAddress { get; set; }

        public CertificateAmendment ToAmendment() => new(
            Factory: string.IsNullOrWhiteSpace(FactoryName) || string.IsNullOrWhiteSpace(FactoryAddress) ? null : new Party(FactoryName.Trim(), FactoryAddress.Trim()),
            ProductName: ProductName, Model: Model);
    }

    public async Task<Outcome<ChangeRequest>> Handle(Certificate certificate, Input input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            return CertificateOutcome.Required<ChangeRequest>(l, nameof(Input.Description), "Change.Description");
        }
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            var request = ChangeRequest.File(Guid.NewGuid(), certificate, input.Kind, input.Description, input.ToAmendment(), CertificateDates.Today(time));
            db.CertificateChangeRequests.Add(request);
            return request;
        }, ct);
    }
}
