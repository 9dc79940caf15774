using Microsoft.AspNetCore.Identity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>Refuses passwords from the list of common ones (Auth/common-passwords.txt, kept as data), also with a
/// short tail of digits or symbols added ("Bismillah2026!"), and the account's own e-mail name.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IsCommon(password) || IsOwnName(user, password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "Kata sandi ini terlalu umum atau mudah ditebak. Pilih gabungan beberapa kata yang tidak lazim.",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (List.Value.Contains(lower)) return true;
        var core = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,?~ ".ToCharArray());
        return core.Length >= 4 && lower.Length - core.Length <= 6 && List.Value.Contains(core);
    }

    private static bool IsOwnName(AppUser user, string password)
    {
        var name = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        return name.Length >= 4 && password.ToLowerInvariant().Contains(name, StringComparison.Ordinal);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("NarrativeAssist.Server.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("Daftar kata sandi umum tidak tertanam di server.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
