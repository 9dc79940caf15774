namespace NarrativeAssist.Domain.Decks;

/// <summary>Speaking time of a script: words at the configured rate, plus the slide change.</summary>
public static class SpeechTiming
{
    /// <summary>Words as spoken. A figure is read as several words ("3,58" = "tiga koma lima delapan",
    /// "2024" = "dua ribu dua puluh empat"), so a token with digits counts as three.</summary>
    public static int SpokenWords(string text)
    {
        var words = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var hasLetterOrDigit = false;
            var hasDigit = false;
            foreach (var c in token)
            {
                if (char.IsDigit(c)) hasDigit = true;
                if (char.IsLetterOrDigit(c)) hasLetterOrDigit = true;
            }
            if (hasLetterOrDigit) words += hasDigit ? 3 : 1;
        }
        return words;
    }

    /// <summary>Seconds to read <paramref name="script"/> aloud and change the slide.</summary>
    public static int Seconds(string script, DeckOptions options) =>
        (int)Math.Ceiling(SpokenWords(script) * 60.0 / options.WordsPerMinute) + options.SlideChangeSeconds;

    /// <summary>"18:05" — minutes and seconds, as the timing table shows them.</summary>
    public static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
