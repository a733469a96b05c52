using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// Several application documents in one go: any number of files per document (<c>file-{documentKey}</c>, a multiple
/// file input or files dropped on the document's row). Every refused file (empty, too large, not an allowed type, or
/// for a document the scheme does not ask for) is named at its document, all together, and then nothing is stored.
/// </summary>
public sealed class UploadApplicationDocuments : IApplicationAction
{
    public string Name => "upload-documents";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public async Task Apply(ActionContext c)
    {
        var documents = c.Application.DocumentsFor(c.Scheme).ToDictionary(d => d.Key, StringComparer.Ordinal);
        var problems = new List<FormProblem>();
        var uploads = new List<DocumentUpload>();
        foreach (var file in c.Input.Files)
        {
            var name = $"“{Path.GetFileName(file.FileName)}”";
            if (!file.Name.StartsWith("file-", StringComparison.Ordinal) || !documents.TryGetValue(file.Name["file-".Length..], out var document))
            {
                problems.Add(new(file.Name, new FormText("Upload.UnknownDocument", name)));
                continue;
            }
            var (stored, problem) = await FileStore.TryStoreAsync(c, file);
            if (stored is null)
            {
                problems.Add(new(file.Name, new FormText("Upload.RowProblem", document.Name, new FormText(problem!, name))));
                continue;
            }
            uploads.Add(new DocumentUpload(document.Key, stored.Id, stored.FileName, stored.Sha256, stored.Size, c.Now));
        }
        if (c.Input.Files.Count == 0)
        {
            problems.Add(new("files", new FormText("Upload.NoFiles")));
        }
        FormProblemsException.ThrowIfAny(problems);
        foreach (var upload in uploads)
        {
            c.Application.AttachDocument(c.Scheme, upload);
        }
    }
}
