namespace NarrativeAssist.Domain.Decks;

/// <summary>The two presentations of the Zona Integritas evaluation (seed 004).</summary>
public enum DeckKind
{
    /// <summary>The 20-minute virtual interview with the national evaluation team.</summary>
    WawancaraVirtual,
    /// <summary>The short deck opening the field observation, with the office tour.</summary>
    ObservasiLapangan,
}

public static class DeckKinds
{
    /// <summary>How the kind is spelled on the command line, in the API and in plan JSON.</summary>
    public static string ToKey(this DeckKind kind) => kind switch
    {
        DeckKind.WawancaraVirtual => "wawancara-virtual",
        _ => "observasi-lapangan",
    };

    public static string Label(this DeckKind kind) => kind switch
    {
        DeckKind.WawancaraVirtual => "wawancara virtual",
        _ => "observasi lapangan",
    };

    public static IReadOnlyList<string> Keys { get; } = [DeckKind.WawancaraVirtual.ToKey(), DeckKind.ObservasiLapangan.ToKey()];

    public static bool TryParse(string? key, out DeckKind kind)
    {
        foreach (var k in Enum.GetValues<DeckKind>())
        {
            if (string.Equals(k.ToKey(), key?.Trim(), StringComparison.OrdinalIgnoreCase)) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
