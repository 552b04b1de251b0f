using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Support;

/// <summary>
/// The user-administration use cases on a real SQLite database with the real migrations, with Identity set up
/// as the app sets it up, the six roles seeded, one active and one deactivated organisation, and a fake clock.
/// </summary>
public sealed class UserAdministrationHarness : IAsyncDisposable
{
    public const string Password = "a-long-enough-password";

    private readonly AsyncServiceScope _pageScope;

    private UserAdministrationHarness(SqliteTestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
        _pageScope = services.CreateAsyncScope();
    }

    public SqliteTestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public int ActiveOrganisationId { get; private set; }

    public int InactiveOrganisationId { get; private set; }

    /// <summary>The administrator the use cases act for, when the test does not care who it is.</summary>
    public static Actor AnAdministrator { get; } = ActingAs("test-administrator");

    /// <summary>An administrator with this user id (for the rules about acting on oneself).</summary>
    public static Actor ActingAs(string userId) => new(userId, "Administrator", new HashSet<string> { Roles.Administrator }, null);

    /// <param name="configure">Changes to the app's set-up for one test, e.g. a stricter password policy.</param>
    public static async Task<UserAdministrationHarness> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var database = await SqliteTestDatabase.CreateAsync();
        var services = new ServiceCollection();
        AddUserAdministration(services, database);
        configure?.Invoke(services);
        var harness = new UserAdministrationHarness(database, services.BuildServiceProvider(validateScopes: true));
        await harness.SeedAsync();
        return harness;
    }

    /// <summary>What the web app registers for user administration, on the test database (also used by the bUnit tests).</summary>
    public static void AddUserAdministration(IServiceCollection services, SqliteTestDatabase database)
    {
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero)));
        services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(database);
        services.AddScoped(_ => database.CreateDbContext());
        services.AddIdentityCore<ApplicationUser>(StaffIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CallCentreDbContext>();
        services.AddCallCentreDomain();
    }

    /// <summary>A use case as a page gets it: from a scope that lives as long as the test (as a circuit's does).</summary>
    public T Get<T>()
        where T : notnull => _pageScope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Arranges a user directly through Identity, bypassing the use cases under test.</summary>
    public async Task<ApplicationUser> AddUserAsync(string email, string[] roles, int? organisationId = null, bool lockedOut = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = "Name of " + email,
            OrganisationId = organisationId,
            CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles));
        if (lockedOut)
        {
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        }

        return user;
    }

    /// <summary>The user as stored now, read through a fresh context.</summary>
    public async Task<StoredUser?> FindAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        return new StoredUser(
            user,
            [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            await users.IsLockedOutAsync(user),
            await users.GetAuthenticatorKeyAsync(user),
            await users.CountRecoveryCodesAsync(user),
            await users.CheckPasswordAsync(user, Password));
    }

    public async Task<ApplicationUser?> FindByEmailAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    public async Task<int> CountUsersAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.CountAsync();
    }

    public async Task<int> CountUserRolesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.UserRoles.CountAsync();
    }

    /// <summary>Gives a user an authenticator with recovery codes, as enrolling in the app does.</summary>
    public async Task EnrolAuthenticatorAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        Assert.NotNull(await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10));
    }

    public async ValueTask DisposeAsync()
    {
        await _pageScope.DisposeAsync();
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));

    private async Task SeedAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        await using var db = Database.CreateDbContext();
        var active = new Organisation("ACT", "Идэвхтэй газар", "Active Agency", OrganisationKind.Agency);
        var inactive = new Organisation("OLD", "Татан буугдсан газар", "Dissolved Agency", OrganisationKind.Agency);
        inactive.Deactivate();
        db.Organisations.AddRange(active, inactive);
        await db.SaveChangesAsync();
        ActiveOrganisationId = active.Id;
        InactiveOrganisationId = inactive.Id;
    }
}

/// <summary>A user as the database holds it, with what the tests look at.</summary>
public sealed record StoredUser(
    ApplicationUser User,
    IReadOnlyList<string> Roles,
    bool IsLockedOut,
    string? AuthenticatorKey,
    int RecoveryCodes,
    bool HasOriginalPassword);
