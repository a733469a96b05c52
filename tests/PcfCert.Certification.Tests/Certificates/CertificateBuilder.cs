using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>Valid certificates by default; a test overrides only what it checks.</summary>
internal static class CertificateBuilder
{
    public static readonly DateTimeOffset At = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);

    public static CertificateParticulars Particulars(string applicant = "苏州示例电子元件有限公司") => new(
        new Party(applicant, "江苏省苏州市工业园区星湖街 100 号"),
        new Party("苏州示例电子元件有限公司", "江苏省苏州市工业园区星湖街 100 号"),
        new Party("苏州示例电子元件有限公司一厂", "江苏省苏州市吴中区 8 号"),
        "CEC 091-2024; ISO 14067:2018", "现场检查+碳足迹核查+获证后监督", "CBB65 系列",
        "交流电动机电容器", "CBB65 450V 30μF", "1 只", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
        SystemBoundary.CradleToGate, 1.234m, "kg CO2e", "中环联合（北京）认证中心有限公司", null);

    public static Certificate Issued(CertificateRules? rules = null, DateOnly? on = null, DateOnly? inspectionEnded = null)
    {
        rules ??= CitedCertificateRules.Cec;
        return Certificate.Issue(Guid.NewGuid(), new CertificateNumber(rules.NumberPrefix, 2026, 1), rules, Particulars(),
            on ?? new DateOnly(2026, 3, 15), At, new IssueReferences(InitialInspectionEndedOn: inspectionEnded));
    }

    /// <summary>Brings a certificate into a status through legal moves.</summary>
    public static Certificate InStatus(CertificateStatus status)
    {
        var c = Issued();
        var rules = CitedCertificateRules.Cec;
        var day = new DateOnly(2026, 4, 1);
        switch (status)
        {
            case CertificateStatus.Valid:
                break;
            case CertificateStatus.Suspended:
                c.Suspend("不符合项逾期未整改", day, day, At, rules);
                break;
            case CertificateStatus.Revoked:
                c.Revoke("违规使用证书", day, At);
                break;
            case CertificateStatus.Cancelled:
                c.Cancel("持有人申请注销", day, At);
                break;
            case CertificateStatus.Expired:
                c.Expire(c.ValidUntil.AddDays(1), At);
                break;
            case CertificateStatus.Superseded:
                c.ReplaceByRecertification("CEC-PCF-2029-00001", day, At);
                break;
        }
        Assert.Equal(status, c.Status);
        return c;
    }
}
