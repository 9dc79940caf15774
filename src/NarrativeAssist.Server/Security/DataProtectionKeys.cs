using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Security;

/// <summary>DataProtection:* — the keys that sign tokens live in the database (one set for every instance). By default
/// they are stored as ASP.NET Core writes them, readable by whoever can read the database; with a certificate
/// (DataProtection:CertificatePath + CertificatePassword, a .pfx) they are encrypted at rest as well.</summary>
public sealed class DataProtectionKeyOptions
{
    public const string Section = "DataProtection";
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
}

public static class DataProtectionKeys
{
    /// <summary>ASP.NET Core's English warning ("No XML encryptor configured…") comes from this category; without a
    /// certificate it is expected, so it is replaced by one Indonesian line that says what it means and what to do.</summary>
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static IServiceCollection AddDataProtectionKeys(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection(DataProtectionKeyOptions.Section).Get<DataProtectionKeyOptions>() ?? new();
        var builder = services.AddDataProtection().SetApplicationName("NarrativeAssist").PersistKeysToDbContext<AppDbContext>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            services.AddLogging(l => l.AddFilter(KeyManagerCategory, LogLevel.Error));
            return services;
        }
        if (!File.Exists(options.CertificatePath))
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath \"{options.CertificatePath}\" tidak ditemukan. Periksa jalurnya atau kosongkan pengaturan itu.");
        builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        return services;
    }

    /// <summary>Said once at start-up when the keys are not encrypted at rest.</summary>
    public static void ReportKeyProtection(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DataProtectionKeyOptions.Section).Get<DataProtectionKeyOptions>() ?? new();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NarrativeAssist.Keamanan");
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
            log.LogInformation("Kunci penanda token disimpan di basis data tanpa enkripsi tambahan; siapa pun yang dapat membaca " +
                "basis data dapat membacanya. Lindungi berkas/akses basis data, atau atur DataProtection:CertificatePath " +
                "(sertifikat .pfx) agar kunci dienkripsi (docs/operasi.md).");
        else
            log.LogInformation("Kunci penanda token dienkripsi dengan sertifikat {Path}.", options.CertificatePath);
    }
}
