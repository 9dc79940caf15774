using System.Diagnostics;

namespace NarrativeAssist.Documents.Tests.Support;

/// <summary>Runs a read that must be refused and checks the refusal: code, an Indonesian message without
/// technical noise, and a time bound (a bound against hangs, not a performance target).</summary>
internal static class Rejection
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static DocumentRejectedException Expect(string code, Action read)
    {
        var watch = Stopwatch.StartNew();
        var act = () => read();
        var e = act.Should().Throw<DocumentRejectedException>().Which;
        watch.Elapsed.Should().BeLessThan(Bound);
        e.Code.Should().Be(code);
        ShouldBeIndonesianForUsers(e.Message);
        return e;
    }

    public static void ShouldBeIndonesianForUsers(string message)
    {
        message.Should().MatchRegex("(?i)berkas|dokumen|paket");
        message.Should().NotContainAny("Exception", "   at ", "System.", "stack");
    }
}
