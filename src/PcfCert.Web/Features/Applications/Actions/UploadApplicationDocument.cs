using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>Uploads a file for one of the scheme's application documents.</summary>
public sealed class UploadApplicationDocument : IApplicationAction
{
    public string Name => "upload-document";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public async Task Apply(ActionContext c)
    {
        var key = c.Input.Required("documentKey");
        var file = c.Input.Files.FirstOrDefault() ?? throw new ActionInputException("file", "Validation.RequiredField");
        var stored = await FileStore.StoreAsync(c, file, "file");
        c.Application.AttachDocument(c.Scheme, new DocumentUpload(key, stored.Id, stored.FileName, stored.Sha256, stored.Size, c.Now));
    }
}
