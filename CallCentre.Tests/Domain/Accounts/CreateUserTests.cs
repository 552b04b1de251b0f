using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class CreateUserTests : IAsyncLifetime
{
    private UserAdministrationHarness _harness = default!;

    public async Task InitializeAsync() => _harness = await UserAdministrationHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private CreateUserInput Valid(string email = "new.officer@agency.mn") =>
        new(email, "  Шинэ Мэргэжилтэн  ", [Roles.AgencyOfficer], _harness.ActiveOrganisationId, "correct horse battery staple");

    private Task<SaveResult<string>> CreateAsync(CreateUserInput command) => _harness.Get<CreateUser>().RunAsync(command, UserAdministrationHarness.AnAdministrator);

    [Fact]
    public async Task Create_WithValidInput_SavesTheUserWithRolesOrganisationAndPassword()
    {
        var result = await CreateAsync(Valid(" new.officer@agency.mn "));

        Assert.True(result.Succeeded);
        var stored = await _harness.FindAsync(result.Value!);
        Assert.NotNull(stored);
        Assert.Equal("new.officer@agency.mn", stored.User.Email);
        Assert.Equal("new.officer@agency.mn", stored.User.UserName);
        Assert.Equal("Шинэ Мэргэжилтэн", stored.User.DisplayName);
        Assert.Equal(_harness.ActiveOrganisationId, stored.User.OrganisationId);
        Assert.Equal([Roles.AgencyOfficer], stored.Roles);
        Assert.Equal(_harness.Clock.GetUtcNow().UtcDateTime, stored.User.CreatedAtUtc);
        Assert.False(stored.User.IsDemoAccount);
        Assert.True(stored.User.LockoutEnabled);
        Assert.False(stored.IsLockedOut);
    }

    [Fact]
    public async Task Create_WithAnEmailAlreadyInUse_RefusesAtTheEmailFieldAndSavesNothing()
    {
        await _harness.AddUserAsync("taken@agency.mn", [Roles.Operator]);
        var usersBefore = await _harness.CountUsersAsync();
        var rolesBefore = await _harness.CountUserRolesAsync();

        var result = await CreateAsync(Valid("TAKEN@agency.mn"));

        Assert.Equal([new FieldError(nameof(CreateUserInput.Email), UserMessages.EmailTaken)], result.Refusals);
        Assert.Equal(usersBefore, await _harness.CountUsersAsync());
        Assert.Equal(rolesBefore, await _harness.CountUserRolesAsync());
    }

    [Theory]
    [InlineData("", UserMessages.EmailRequired)]
    [InlineData("   ", UserMessages.EmailRequired)]
    [InlineData("not-an-email", UserMessages.EmailInvalid)]
    [InlineData("officer@localhost", UserMessages.EmailInvalid)]
    [InlineData("Officer <officer@agency.mn>", UserMessages.EmailInvalid)]
    public async Task Create_WithAMissingOrInvalidEmail_RefusesAtTheEmailField(string email, string expected)
    {
        var result = await CreateAsync(Valid(email));

        Assert.Equal([new FieldError(nameof(CreateUserInput.Email), expected)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithoutADisplayName_RefusesAtTheNameField()
    {
        var result = await CreateAsync(Valid() with { DisplayName = "  " });

        Assert.Equal([new FieldError(nameof(CreateUserInput.DisplayName), UserMessages.DisplayNameRequired)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithADisplayNameOver120Characters_RefusesWithTheLimit()
    {
        var result = await CreateAsync(Valid() with { DisplayName = new string('Ө', ApplicationUser.DisplayNameMaxLength + 1) });

        var error = Assert.Single(result.Refusals);
        Assert.Equal((nameof(CreateUserInput.DisplayName), UserMessages.DisplayNameTooLong), (error.Field, error.MessageKey));
        Assert.Equal([ApplicationUser.DisplayNameMaxLength], error.Arguments);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithoutARole_RefusesAtTheRolesField()
    {
        var result = await CreateAsync(Valid() with { Roles = [] });

        Assert.Equal([new FieldError(nameof(CreateUserInput.Roles), UserMessages.RoleRequired)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithAnUnknownRole_RefusesAtTheRolesField()
    {
        var result = await CreateAsync(Valid() with { Roles = [Roles.Operator, "SuperUser"] });

        Assert.Equal([new FieldError(nameof(CreateUserInput.Roles), UserMessages.RoleUnknown)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Theory]
    [InlineData(Roles.AgencyOfficer)]
    [InlineData(Roles.AgencyHead)]
    public async Task Create_WithAnAgencyRoleAndNoOrganisation_RefusesAtTheOrganisationField(string role)
    {
        var result = await CreateAsync(Valid() with { Roles = [Roles.Operator, role], OrganisationId = null });

        Assert.Equal([new FieldError(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationRequired)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithACallCentreRoleAndNoOrganisation_Succeeds()
    {
        var result = await CreateAsync(Valid() with { Roles = [Roles.Operator, Roles.Auditor], OrganisationId = null });

        Assert.True(result.Succeeded);
        Assert.Equal([Roles.Auditor, Roles.Operator], (await _harness.FindAsync(result.Value!))!.Roles);
    }

    [Fact]
    public async Task Create_WithAnOrganisationThatDoesNotExist_RefusesAtTheOrganisationField()
    {
        var result = await CreateAsync(Valid() with { OrganisationId = 987654 });

        Assert.Equal([new FieldError(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationNotFound)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithADeactivatedOrganisation_RefusesAtTheOrganisationField()
    {
        var result = await CreateAsync(Valid() with { OrganisationId = _harness.InactiveOrganisationId });

        Assert.Equal([new FieldError(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationInactive)], result.Refusals);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithAPasswordShorterThan12_RefusesWithTheMinimumLength()
    {
        var result = await CreateAsync(Valid() with { Password = "elevenchars" });

        var error = Assert.Single(result.Refusals);
        Assert.Equal((nameof(CreateUserInput.Password), UserMessages.PasswordTooShort), (error.Field, error.MessageKey));
        Assert.Equal([12], error.Arguments);
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WithoutAPassword_RefusesAtThePasswordField()
    {
        var result = await CreateAsync(Valid() with { Password = "" });

        Assert.Equal([new FieldError(nameof(CreateUserInput.Password), UserMessages.PasswordRequired)], result.Refusals);
    }

    [Fact]
    public async Task Create_WithSeveralMistakes_ReportsThemAllAtOnce()
    {
        var result = await CreateAsync(new CreateUserInput("bad", "", [Roles.AgencyHead], null, "short"));

        Assert.Equal(
            [nameof(CreateUserInput.Email), nameof(CreateUserInput.DisplayName), nameof(CreateUserInput.OrganisationId), nameof(CreateUserInput.Password)],
            result.Refusals.Select(e => e.Field));
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WhenIdentityPasswordRulesFail_ReportsEachRuleWithItsOwnKey()
    {
        await using var strict = await UserAdministrationHarness.CreateAsync(services => services.Configure<IdentityOptions>(o =>
        {
            o.Password.RequireDigit = true;
            o.Password.RequireUppercase = true;
            o.Password.RequireNonAlphanumeric = true;
        }));

        var result = await strict.Get<CreateUser>().RunAsync(
            new CreateUserInput("strict@agency.mn", "Strict", [Roles.Operator], null, "onlylowercaseletters"), UserAdministrationHarness.AnAdministrator);

        Assert.Equal(
            [UserMessages.PasswordRequiresNonAlphanumeric, UserMessages.PasswordRequiresDigit, UserMessages.PasswordRequiresUpper],
            result.Refusals.Select(e => e.MessageKey));
        Assert.All(result.Refusals, e => Assert.Equal(nameof(CreateUserInput.Password), e.Field));
        Assert.Equal(0, await strict.CountUsersAsync());
    }

    [Fact]
    public async Task Create_WhenAddingTheRolesFailsAfterTheUserWasInserted_LeavesNoUserBehind()
    {
        // A role the code knows but the database lacks makes AddToRoles fail after CreateAsync has saved the user.
        await using (var db = _harness.Database.CreateDbContext())
        {
            await db.Roles.Where(r => r.Name == Roles.Auditor).ExecuteDeleteAsync();
        }

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => CreateAsync(Valid() with { Roles = [Roles.Auditor], OrganisationId = null }));

        Assert.Equal(0, await _harness.CountUsersAsync());
        Assert.Null(await _harness.FindByEmailAsync("new.officer@agency.mn"));
    }
}
