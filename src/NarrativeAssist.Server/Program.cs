using NarrativeAssist.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddNarrativeAssist();
var app = builder.Build();
await app.PrepareStorageAsync();
app.MapNarrativeAssist();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
