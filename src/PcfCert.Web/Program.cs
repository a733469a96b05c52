using PcfCert.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPcfCertServices();

var app = builder.Build();
app.UsePcfCertPipeline();
await app.PrepareDatabaseAsync();
if (PcfCert.Web.Features.Records.RecordsCommand.Matches(args))
{
    return await PcfCert.Web.Features.Records.RecordsCommand.RunAsync(app.Services, Console.Out, args);
}
if (PcfCert.Web.Features.Certificates.DutiesCommand.Matches(args))
{
    return await PcfCert.Web.Features.Certificates.DutiesCommand.RunAsync(app.Services, Console.Out, args);
}
if (PcfCert.Web.Features.Registry.SigningKeyCommand.Matches(args))
{
    return await PcfCert.Web.Features.Registry.SigningKeyCommand.RunAsync(app.Services, Console.Out, args);
}
app.Run();
return 0;

/// <summary>Entry point; public so that tests can host the app.</summary>
public partial class Program;
