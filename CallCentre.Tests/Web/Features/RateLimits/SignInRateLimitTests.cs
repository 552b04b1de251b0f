using System.Net;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.RateLimits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.RateLimits;

/// <summary>The sign-in doors with the limits as shipped: per address, per account name, and the unknown-account audit.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private const string AddressHeader = "X-Test-Client-Address";
    private readonly CallCentreWebFactory _factory = new();

    public SignInRateLimitTests()
    {
        // The shipped limits, not the test factory's generous ones.
        _factory.Settings["RateLimits:Policies:SignIn:PermitLimit"] = "10";
        _factory.Settings["RateLimits:AttemptsPerAccount"] = "30";
    }

    public void Dispose() => _factory.Dispose();

    private WebApplicationFactory<Program> App => _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, AddressFromHeader>()));

    private static HttpClient ClientFrom(WebApplicationFactory<Program> app, string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    [Fact]
    public async Task ElevenFastSignIns_FromOneAddress_TheEleventhGets429_WithRetryAfter_AndALocalizedMessage()
    {
        var app = App;
        using var client = ClientFrom(app, "198.51.100.7");
        var page = await client.GetStringAsync("/Account/Login");
        var fields = HtmlForms.HiddenFields(page);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= 11; attempt++)
        {
            fields["Input.Email"] = $"someone{attempt}@test.1111.mn";
            fields["Input.Password"] = "wrong-password-0000";
            last?.Dispose();
            last = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.True(last!.Headers.RetryAfter?.Delta is { } delay && delay > TimeSpan.Zero && delay <= TimeSpan.FromSeconds(60));
        var body = await last.Content.ReadAsStringAsync();
        Assert.Contains("Таны хаягаас хэт олон оролдлого хийгдлээ.", body, StringComparison.Ordinal);
        last.Dispose();

        // Another address is not held back; opening the form is never limited.
        using var other = ClientFrom(app, "198.51.100.8");
        using var fresh = await HtmlForms.SignInAsync(other, "nobody@test.1111.mn", "wrong-password-0000");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task AStrangersFiveWrongPasswords_AreRefusedBeforeTheLockout_AndTheOwnerStillSignsIn()
    {
        var app = App;
        var email = await TestUsers.CreateAsync(app, Roles.Operator);
        using var stranger = ClientFrom(app, "198.51.100.20");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await HtmlForms.SignInAsync(stranger, email, "wrong-password-" + attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.False(await users.IsLockedOutAsync(user!));
            Assert.Equal(4, await users.GetAccessFailedCountAsync(user!));
        }

        using var owner = ClientFrom(app, "192.0.2.44");
        using var signedIn = await HtmlForms.SignInAsync(owner, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_FromTwoAddresses_LockTheAccount_AndTheLockoutPageSaysForHowLong()
    {
        var app = App;
        var email = await TestUsers.CreateAsync(app, Roles.Operator);
        using var first = ClientFrom(app, "198.51.100.40");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await HtmlForms.SignInAsync(first, email, "wrong-password-" + attempt);
            Assert.True(wrong.StatusCode == HttpStatusCode.OK, $"attempt {attempt} answered {(int)wrong.StatusCode}");
        }

        using var second = ClientFrom(app, "198.51.100.41");
        using var fifth = await HtmlForms.SignInAsync(second, email, "wrong-password-5");
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Equal("/Account/Lockout?minutes=15", fifth.Headers.Location?.PathAndQuery);

        using var sixth = await HtmlForms.SignInAsync(second, email, TestUsers.Password);
        Assert.StartsWith("/Account/Lockout", sixth.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.True(await TestUsers.WithUserAsync(app, email, (users, user) => users.IsLockedOutAsync(user)));
        var lockout = await second.GetStringAsync(sixth.Headers.Location!.PathAndQuery);
        Assert.Contains("data-testid=\"lockout-when\"", lockout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSignInsForUnknownEmails_AreOneCountedEntryPerAddress_AndTextThatIsNoEmailIsNotKept()
    {
        var app = App;
        using var client = ClientFrom(app, "198.51.100.30");
        foreach (var typed in new[] { "ghost@test.1111.mn", "hunter2-my-password", "ghost2@test.1111.mn" })
        {
            using var response = await HtmlForms.SignInAsync(client, typed, "wrong-password-0000");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.ClientAddress == "198.51.100.30" && e.Action == "SignIn.Failed"));

        await app.Services.GetRequiredService<UnknownAccountSignIns>().FlushAsync(all: true, CancellationToken.None);

        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.ClientAddress == "198.51.100.30" && e.Action == "SignIn.Failed").ToListAsync());
        Assert.Null(entry.ActorName);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("\"Count\":3", entry.After, StringComparison.Ordinal);
        Assert.Contains("ghost@test.1111.mn", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bat@example.mn", true)]
    [InlineData("operator@demo.1111.mn", true)]
    [InlineData("hunter2-my-password", false)]
    [InlineData("my secret@x.mn", false)]
    [InlineData("a@b", false)]
    [InlineData("@example.mn", false)]
    public void TypedText_IsKeptOnlyWhenItLooksLikeAnEmailAddress(string typed, bool kept) =>
        Assert.Equal(kept, TypedAccountName.LooksLikeEmail(typed));

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
