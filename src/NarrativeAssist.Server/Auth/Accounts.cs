using Microsoft.AspNetCore.Identity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>Admin:Email and Admin:Password seed the first server administrator.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";
    public string Email { get; set; } = "admin@narrativeassist.local";
    public string? Password { get; set; }
}

public static class Accounts
{
    /// <summary>ASP.NET Core Identity with bearer tokens (usable from a task pane) and hashed passwords. Identity's
    /// account lockout is off: anyone could lock anyone out with it; <see cref="SignInThrottle"/> and the per-address
    /// <see cref="SignInRateLimit"/> slow guessing instead.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SignInOptions>(config.GetSection(SignInOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<CredentialCheck>();
        services.AddScoped<RefreshFamilies>();
        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.RefreshTokenExpiration = RefreshFamilies.Lifetime;
            });
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition (NIST SP 800-63B); plus the list of common passwords below.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddDefaultTokenProviders();
        return services;
    }
}

/// <summary>Identity's messages, in Indonesian: they reach the person who types a password.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi minimal {length} karakter." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Kata sandi harus memuat angka." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Kata sandi harus memuat huruf kecil." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Kata sandi harus memuat huruf besar." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Kata sandi harus memuat simbol." };
    public override IdentityError PasswordRequiresUniqueChars(int n) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Kata sandi harus memuat minimal {n} karakter berbeda." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"Alamat surel \"{email}\" tidak valid." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Surel \"{email}\" sudah terdaftar." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Akun \"{userName}\" sudah terdaftar." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Nama akun \"{userName}\" tidak valid." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Terjadi kesalahan pada akun." };
}
