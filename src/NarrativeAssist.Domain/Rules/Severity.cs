namespace NarrativeAssist.Domain.Rules;

/// <summary>How serious a finding is. Serialised in lower case: error, warning, saran.</summary>
public enum Severity
{
    Error,
    Warning,
    Saran,
}

public static class SeverityNames
{
    public static string Name(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "saran",
    };

    /// <summary>Indonesian label for reports.</summary>
    public static string Label(this Severity s) => s switch
    {
        Severity.Error => "Galat",
        Severity.Warning => "Peringatan",
        _ => "Saran",
    };

    public static Severity? Parse(string? s) => s?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "error" or "galat" => Severity.Error,
        "warning" or "peringatan" => Severity.Warning,
        "saran" or "suggestion" => Severity.Saran,
        _ => throw new FormatException($"severity '{s}' tidak dikenal (error | warning | saran)"),
    };
}
