using NarrativeAssist.Server;
using NarrativeAssist.Server.Maintenance;
using NarrativeAssist.Server.Security;

// `backup` / `restore`: maintenance commands on the configured database instead of the web host.
if (MaintenanceCommands.IsCommand(args)) return await MaintenanceCommands.RunAsync(args, Console.Out, Console.Error);

// The first line a user sees after the (silent) restore and build of a first `dotnet run`.
Console.WriteLine("NarrativeAssist: menyiapkan server (basis data, katalog LKE, aturan pemeriksa)…");
var builder = WebApplication.CreateBuilder(args);
builder.AddNarrativeAssist();
var app = builder.Build();
await app.PrepareStorageAsync();
app.ReportKeyProtection();
app.MapNarrativeAssist();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
