using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PcfCert.Infrastructure.Certificates;

namespace PcfCert.Infrastructure.Records;

/// <summary>
/// The certification body's document-signing certificates: one RSA key and self-issued X.509 certificate per body,
/// as PEM files <c>{body}.crt.pem</c> and <c>{body}.key.pem</c> in <c>records/</c> under the signing key directory
/// (never in the database). A body that has its own certificate from a CA puts those two files there instead.
/// </summary>
public sealed class DocumentSigningKeys(SigningOptions options)
{
    private readonly string _directory = Path.Combine(Path.GetFullPath(options.KeyDirectory), "records");
    private readonly Lock _gate = new();

    /// <summary>The signing certificate of <paramref name="body"/> (with its private key), created on first use.</summary>
    /// <param name="body">The body's short name, e.g. CEC or PCEC.</param>
    /// <param name="subjectName">The body's registered name for a new certificate.</param>
    public X509Certificate2 For(string body, string subjectName)
    {
        var safe = string.Concat(body.Where(char.IsAsciiLetterOrDigit));
        var crt = Path.Combine(_directory, $"{safe}.crt.pem");
        var key = Path.Combine(_directory, $"{safe}.key.pem");
        lock (_gate)
        {
            if (!File.Exists(crt) || !File.Exists(key))
            {
                Create(crt, key, subjectName);
            }
        }
        return X509Certificate2.CreateFromPemFile(crt, key);
    }

    private void Create(string crt, string key, string subjectName)
    {
        Directory.CreateDirectory(_directory);
        using var rsa = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("CN");
        name.AddOrganizationName(subjectName);
        name.AddCommonName(subjectName + " document signing");
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));
        File.WriteAllText(key, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.WriteAllText(crt, certificate.ExportCertificatePem());
    }
}
