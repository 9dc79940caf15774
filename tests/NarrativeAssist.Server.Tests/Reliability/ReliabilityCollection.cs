namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>The reliability tests start server processes and bursts of saves: one at a time, so their timing
/// limits hold on a two-core machine while other collections run beside them.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection
{
    public const string Name = "reliability";
}
