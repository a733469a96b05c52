using Microsoft.Extensions.Localization;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Applications;

public static class WorkflowMessages
{
    /// <summary>The rule that refused, in the user's language, with its arguments (statuses and triggers translated too).</summary>
    public static string Describe(IStringLocalizer l, WorkflowException e)
    {
        var args = e.Arguments.Select(a => a switch
        {
            string s when Enum.TryParse<ApplicationStatus>(s, out var status) => l["Status." + status].Value,
            string s when Enum.TryParse<WorkflowTrigger>(s, out var trigger) => l["Trigger." + trigger].Value,
            Enum value => l.LifecycleName(value),
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            // Domain field names such as "plan.purpose" read as the form's label.
            string s when e.Error is WorkflowError.MissingField or WorkflowError.InvalidValue => l.FieldName(s[(s.LastIndexOf('.') + 1)..]),
            _ => a,
        }).ToArray();
        return l["Workflow.Error." + e.Error, args];
    }

    /// <summary>The localised name of a lifecycle's status or trigger (<c>Lifecycle.FindingStatus.Closed</c>).</summary>
    public static string LifecycleName(this IStringLocalizer l, Enum value)
    {
        var found = l[$"Lifecycle.{value.GetType().Name}.{value}"];
        return found.ResourceNotFound ? value.ToString() : found.Value;
    }

    /// <summary>The localised name of a form field, for messages such as "请填写{0}".</summary>
    public static string FieldName(this IStringLocalizer l, string field)
    {
        var found = l["Field." + field];
        return found.ResourceNotFound ? field : found.Value;
    }
}
