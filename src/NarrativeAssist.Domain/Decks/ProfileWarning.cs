namespace NarrativeAssist.Domain.Decks;

/// <summary>A gap in the unit's substance: a stable <see cref="Code"/>, an Indonesian <see cref="Message"/>, and the
/// profile path it concerns (e.g. "indikator_kinerja[3]") when there is one.</summary>
public sealed record ProfileWarning(string Code, string Message, string? Path = null);
