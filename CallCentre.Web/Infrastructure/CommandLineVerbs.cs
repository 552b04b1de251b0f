using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Users;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Infrastructure;

/// <summary>
/// Verbs run instead of the web server. <c>create-admin --email E --name "N"</c> creates the first administrator in Production;
/// the password is read from standard input so that it never appears in the process list or shell history.
/// </summary>
internal static class CommandLineVerbs
{
    public const string CreateAdmin = "create-admin";

    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] == CreateAdmin;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
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
