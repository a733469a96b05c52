using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PcfCert.Web.Features.Shared;

/// <summary>
/// <c>&lt;field-error for="save-checklist.verdict-3" /&gt;</c>: the messages of one field of a refused form, shown next to
/// the field (the summary at the top lists them all). Renders nothing when the field has no error. The element's id is
/// <see cref="IdFor"/>, so the field can point at it with <c>aria-describedby</c>.
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The model-state key: <c>{action}.{field}</c>.</summary>
    public string For { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The id of the message element of a key.</summary>
    public static string IdFor(string key) => "error-" + key.Replace('.', '-');

    /// <summary>Whether a key has an error in the current request.</summary>
    public static bool Has(ViewContext context, string key) =>
        context.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!ViewContext.ViewData.ModelState.TryGetValue(For, out var entry) || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", IdFor(For));
        output.Attributes.SetAttribute("data-testid", IdFor(For));
        output.Content.SetContent(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
    }
}
