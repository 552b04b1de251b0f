using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Users;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Infrastructure;

/// <summary>
/// Verbs run instead of the web server. <c>create-admin --email E --name "N"</c> creates the first administrator in Production;
/// the password is read from standard input so that it never appears in the process list or shell history.
/// <c>backup FILE</c> copies the SQLite database, consistently, while the app goes on serving.
/// </summary>
internal static class CommandLineVerbs
{
    public const string CreateAdmin = "create-admin";

    public const string Backup = "backup";

    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is CreateAdmin or Backup;

    public static async Task<int> RunAsync(WebApplication app, string[] args) =>
        args[0] == Backup ? await BackupAsync(app, args) : await CreateAdministratorAsync(app, args);

    private static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("usage: backup <file>  (a new file; the SQLite database is copied while the app runs)");
            return 2;
        }

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("On SQL Server back up with BACKUP DATABASE (see the README's backup section); this verb copies SQLite only.");
            return 2;
        }

        try
        {
            await SqliteBackup.BackupAsync(settings.ConnectionString, args[1]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync("The backup was not made: " + ex.Message);
            return 1;
        }

        Console.WriteLine($"Backed up to {Path.GetFullPath(args[1])}. Restore by stopping the app and copying it over the database file.");
        return 0;
    }

    private static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args)
    {
        if (!await app.PrepareDatabaseAsync())
        {
            return 1;
        }

        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("usage: create-admin --email <e-mail> [--name \"Display name\"]  (password on standard input)");
            return 2;
        }

        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n') ?? "";
        await using var scope = app.Services.CreateAsyncScope();

        // The same use case and rules as the Users page; messages in English, the language of server consoles.
        var result = await scope.ServiceProvider.GetRequiredService<CreateUser>()
            .RunAsync(new CreateUserInput(email, name!, [Roles.Administrator], null, password), Actor.System);
        if (!result.Succeeded)
        {
            CultureInfo.CurrentUICulture = LocalizationRegistration.English;
            var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<UsersResource>>();
            await Console.Error.WriteLineAsync("The administrator was not created: " + string.Join(" ", result.Refusals.Select(text.Message)));
            return 1;
        }

        Console.WriteLine($"Administrator {email} created. Sign in and set up an authenticator app at {TwoFactorRequirementMiddleware.EnrolPath}.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
