using System.Globalization;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Applications;

public static class WorkflowMessages
{
    /// <summary>The first rule that refused, in the user's language, with its arguments (statuses and triggers translated too).</summary>
    public static string Describe(IStringLocalizer l, WorkflowException e) => Describe(l, e.Problems[0]);

    /// <summary>Every problem, keyed by the path of the field it concerns (empty for the whole application).</summary>
    public static Dictionary<string, string[]> DescribeAll(IStringLocalizer l, WorkflowException e) =>
        e.Problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => Describe(l, p)).ToArray());

    /// <summary>One problem in the user's language: names, never internal keys.</summary>
    public static string Describe(IStringLocalizer l, DomainProblem p)
    {
        var field = p.Code is nameof(WorkflowError.MissingField) or nameof(WorkflowError.InvalidValue);
        var args = p.Arguments.Select(a => a switch
        {
            ApplicationStatus status => l["Status." + status].Value,
            WorkflowTrigger trigger => l["Trigger." + trigger].Value,
            string s when Enum.TryParse<ApplicationStatus>(s, out var status) => l["Status." + status].Value,
            string s when Enum.TryParse<WorkflowTrigger>(s, out var trigger) => l["Trigger." + trigger].Value,
            string s when PcfCert.Certification.Access.Roles.All.Contains(s) => l["Role." + s].Value,
            Enum value => l.LifecycleName(value),
            LocalizedText text => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? text.Zh : text.En,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // Domain field names such as "plan.purpose" read as the form's label.
            string s when field => l.FieldName(s[(s.LastIndexOf('.') + 1)..]),
            _ => a,
        }).ToArray();
        return l["Workflow.Error." + p.Code, args];
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
