using System.Security.Cryptography;

namespace NarrativeAssist.Server.Auth;

/// <summary>A random password an administrator hands over once: four groups of four from letters and digits that cannot
/// be misread (no 0/o, 1/l/i), always with a digit and a lowercase letter so the password policy accepts it.</summary>
public static class TemporaryPassword
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Create()
    {
        while (true)
        {
            var chars = RandomNumberGenerator.GetItems<char>(Letters + Digits, 16);
            if (!chars.Any(char.IsDigit) || !chars.Any(char.IsLetter)) continue;
            return string.Join('-', Enumerable.Range(0, 4).Select(i => new string(chars, i * 4, 4)));
        }
    }
}
