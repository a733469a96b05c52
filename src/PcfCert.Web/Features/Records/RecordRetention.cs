using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Records;

/// <summary>When a certification file ended, for the retention period (see RetentionPolicy).</summary>
public static class RecordRetention
{
    private static readonly CertificateStatus[] Ended = [CertificateStatus.Revoked, CertificateStatus.Cancelled, CertificateStatus.Expired, CertificateStatus.Superseded];

    /// <summary>
    /// The day the last certificate of the file ended (revoked, cancelled, expired or superseded; a certificate past its
    /// validity ends on its last valid day), or, without a certificate, the day the project ended (not accepted, inspection
    /// failed, refused). Null while a certificate is in force or the project is running.
    /// </summary>
    public static DateOnly? EndOf(CertificationFile file, DateOnly today)
    {
        if (file.Certificates.Count > 0)
        {
            var ends = file.Certificates.Select(c => End(c, today)).ToList();
            return ends.Any(e => e is null) ? null : ends.Max();
        }
        var a = file.Application;
        return a.Status is ApplicationStatus.Rejected or ApplicationStatus.InspectionFailed or ApplicationStatus.Refused && a.Transitions.Count > 0
            ? DateOnly.FromDateTime(a.Transitions[^1].At.ToOffset(Certification.Calendar.ChinaToday.Offset).DateTime)
            : null;
    }

    private static DateOnly? End(Certificate c, DateOnly today)
    {
        if (Ended.Contains(c.Status))
        {
            return c.History.LastOrDefault(h => h.To == c.Status)?.On ?? c.ValidUntil;
        }
        return c.StatusOn(today) == CertificateStatus.Expired ? c.ValidUntil : null;
    }
}
