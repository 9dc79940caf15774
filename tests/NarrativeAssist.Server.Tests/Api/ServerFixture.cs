using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>One server (with the sample unit) shared by the API tests of a class; tests create their own units
/// where they change shared state.</summary>
public class SharedServer : IAsyncLifetime
{
    public ServerFactory Factory { get; } = new();
    public HttpClient Admin { get; private set; } = null!;
    public Guid SampleUnit { get; private set; }

    public async Task InitializeAsync()
    {
        Admin = await Factory.ClientAsync();
        SampleUnit = await Admin.SampleUnitId();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition("api")]
public sealed class ApiCollection : ICollectionFixture<SharedServer>;
