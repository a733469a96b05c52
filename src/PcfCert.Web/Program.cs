using PcfCert.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPcfCertServices();

var app = builder.Build();
app.UsePcfCertPipeline();
await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Entry point; public so that tests can host the app.</summary>
public partial class Program;
