namespace PcfCert.Web.Tests.Infrastructure;

/// <summary>Names of the seeded demo data (see PcfCert.Web.Hosting.DemoData).</summary>
public static class Demo
{
    public const string Applicant = "applicant@demo.pcfcert.cn";
    public const string Manager = "manager@demo.pcfcert.cn";
    public const string Inspector = "inspector@demo.pcfcert.cn";
    public const string Admin = "admin@demo.pcfcert.cn";
    public const string Reviewer = "reviewer@demo.pcfcert.cn";
    public const string DecisionMaker = "decision@demo.pcfcert.cn";
    public const string Expert = "expert@demo.pcfcert.cn";
    public const string Competence = "competence@demo.pcfcert.cn";

    public static readonly Guid Manufacturer = PcfCert.Web.Hosting.DemoData.DemoManufacturerId;
}
