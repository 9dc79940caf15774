namespace NarrativeAssist.Server;

/// <summary>Files embedded from templates/ and docs/: the sample unit and the profile schema.</summary>
internal static class Samples
{
    public static string Resource(string name)
    {
        using var s = typeof(Samples).Assembly.GetManifestResourceStream("NarrativeAssist.Server.Samples." + name)
            ?? throw new InvalidOperationException($"resource {name} missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
