using CallCentre.Domain.UseCases;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Reports;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCentre.Tests.Web.Fuzz;

/// <summary>
/// More than 10,000 seeded hostile inputs — through HTTP where the form is static (sign-in), through the use cases as the
/// app hosts them where the screen is interactive (intake, case moves, uploads, report requests): no server error, no
/// partial write (each refused call leaves every table as it was, each accepted one writes whole; the audit chain
/// verifies before and after), and every refusal names a message the user can read (a key in the app's resources).
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output)
{
    private const int Seed = 1111;

    [Fact]
    public async Task TenThousandHostileInputs_CauseNoServerErrorNoPartialWriteAndAReadableRefusalEach()
    {
        using var attachments = new AttachmentFolder();
        using var factory = new CallCentreWebFactory();
        factory.Settings["Attachments:Folder"] = attachments.Path;
        factory.Settings["Reports:Folder"] = Path.Combine(attachments.Path, "reports");
        factory.Settings["DemoData:Cases"] = "20";
        _ = factory.Server;
        var tally = new Tally(MessageKeys());
        var fuzz = new HostileInput(Seed);
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        Assert.True((await new VerifyAuditChain(dbFactory).RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
        var started = Stopwatch.GetTimestamp();

        await SignInAsync(factory, fuzz, tally, 1_500);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var actors = new[]
            {
                await DemoActors.ForAsync(factory.Services, "operator@demo.1111.mn"),
                await DemoActors.ForAsync(factory.Services, "officer.usug@demo.1111.mn"),
                await DemoActors.ForAsync(factory.Services, "head.usug@demo.1111.mn"),
                await DemoActors.ForAsync(factory.Services, "supervisor@demo.1111.mn"),
                await DemoActors.ForAsync(factory.Services, "auditor@demo.1111.mn"),
            };
            var rows = new RowCounts(dbFactory);
            await IntakeAsync(services.GetRequiredService<RegisterCase>(), rows, fuzz, tally, actors, 3_500);
            await MovesAsync(services.GetRequiredService<ActOnCase>(), dbFactory, rows, fuzz, tally, actors, 3_000);
            await UploadsAsync(services.GetRequiredService<AddAttachment>(), rows, fuzz, tally, actors, 1_200);
            await ReportsAsync(services.GetRequiredService<RequestReport>(), rows, fuzz, tally, actors, 1_000);
        }

        var chain = await new VerifyAuditChain(dbFactory).RunAsync(new VerifyAuditChainInput(), Actor.System);
        output.WriteLine($"hostile inputs: {tally.Summary()} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s; audit chain {(chain.IsIntact ? "intact" : "BROKEN")} ({chain.Count} entries)");
        Assert.True(chain.IsIntact, chain.Break?.ToString());
        Assert.True(tally.Total >= 10_000, $"only {tally.Total} inputs were sent");
        Assert.True(tally.Failures.Count == 0, string.Join('\n', tally.Failures.Take(20)));
    }

    private static async Task SignInAsync(CallCentreWebFactory factory, HostileInput fuzz, Tally tally, int count)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/Account/Login");
        var token = Hidden(page, "__RequestVerificationToken");
        var handler = Hidden(page, "_handler");
        for (var i = 0; i < count; i++)
        {
            var form = new List<KeyValuePair<string, string>>();
            if (fuzz.Random.Next(10) > 0)
            {
                form.Add(new("__RequestVerificationToken", fuzz.Random.Next(8) == 0 ? fuzz.Text() ?? "" : token));
            }

            form.Add(new("_handler", fuzz.Random.Next(8) == 0 ? fuzz.Text() ?? "" : handler));
            form.Add(new("Input.Email", fuzz.Random.Next(6) == 0 ? "operator@demo.1111.mn" : fuzz.Text() ?? ""));
            form.Add(new("Input.Password", fuzz.Text() ?? ""));
            if (fuzz.Random.Next(5) == 0)
            {
                form.Add(new("Input.RememberMe", fuzz.Text(5) ?? ""));
            }

            using var content = new FormUrlEncodedContent(form);
            using var response = await client.PostAsync("/Account/Login", content);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                tally.Fail($"sign-in answered {status}");
            }
            else if (response.StatusCode == HttpStatusCode.OK && !body.Contains("role=\"alert\"", StringComparison.Ordinal) && !body.Contains("validation-message", StringComparison.Ordinal))
            {
                tally.Fail("sign-in refused without a message");
            }
            else
            {
                tally.Count("sign-in", status == 200 ? "refused with a message" : $"answered {status}");
            }
        }
    }

    private static async Task IntakeAsync(RegisterCase registerCase, RowCounts rows, HostileInput fuzz, Tally tally, Actor[] actors, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var input = new RegisterCaseInput
            {
                Channel = fuzz.Enum<Channel>(),
                Type = fuzz.Enum<CaseType>(),
                TopicId = fuzz.Id(60),
                Subject = fuzz.Text(),
                Description = fuzz.Text(200),
                RegionId = fuzz.Id(400),
                DistrictId = fuzz.Id(400),
                Address = fuzz.Text(),
                Latitude = fuzz.Coordinate(),
                Longitude = fuzz.Coordinate(),
                CallerName = fuzz.Text(),
                Phone = fuzz.Random.Next(3) == 0 ? "9911" + fuzz.Random.Next(1000, 9999) : fuzz.Text(12),
                Email = fuzz.Text(),
                RegisterNumber = fuzz.Text(10),
                PreferredLanguage = fuzz.Random.Next(2) == 0 ? Language.Mongolian : Language.English,
                IsAnonymous = fuzz.Random.Next(2) == 0,
                IsConfidential = fuzz.Random.Next(2) == 0,
                Priority = fuzz.Enum<Priority>(),
                FollowUpOfCaseId = fuzz.Random.Next(4) == 0 ? fuzz.Id(100) : null,
                OrganisationId = fuzz.Random.Next(3) == 0 ? fuzz.Id(200) : null,
                OverrideReason = fuzz.Text(),
                CloseAtFirstContact = fuzz.Random.Next(4) == 0,
                FirstContactAnswer = fuzz.Text(),
            };
            await tally.RunAsync("intake", rows, async () =>
            {
                var result = await registerCase.RunAsync(input, actors[fuzz.Random.Next(actors.Length)]);
                return result.Succeeded ? Outcome.Accepted(cases: 1) : Outcome.Refused(result.Errors.Values);
            });
        }
    }

    private static async Task MovesAsync(ActOnCase act, IDbContextFactory<CallCentreDbContext> dbFactory, RowCounts rows, HostileInput fuzz, Tally tally, Actor[] actors, int count)
    {
        List<(int Id, Guid Stamp)> cases;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            cases = (await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.ConcurrencyStamp }).ToListAsync())
                .Select(c => (c.Id, c.ConcurrencyStamp)).ToList();
        }

        for (var i = 0; i < count; i++)
        {
            var (id, stamp) = cases[fuzz.Random.Next(cases.Count)];
            CaseMove move = fuzz.Random.Next(12) switch
            {
                0 => new AddNoteMove { Text = fuzz.Text(200) },
                1 => new RespondMove { Text = fuzz.Text(200), Resolution = fuzz.Random.Next(3) == 0 ? null : fuzz.Enum<Resolution>() },
                2 => new ReturnMove { Reason = fuzz.Text() },
                3 => new RequestExtensionMove { UntilUtc = fuzz.Random.Next(4) == 0 ? null : fuzz.Date().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Reason = fuzz.Text() },
                4 => new RerouteMove { OrganisationId = fuzz.Id(200) },
                5 => new AskCitizenMove { Question = fuzz.Text(200) },
                6 => new MarkDuplicateMove { PrimaryReference = fuzz.Text(12) },
                7 => new CloseMove { Remark = fuzz.Text() },
                8 => new AssignOfficerMove { OfficerId = fuzz.Text(36) },
                9 => new AcknowledgeMove(),
                10 => new ReopenMove { Reason = fuzz.Text() },
                _ => new WithdrawMove { Reason = fuzz.Text() },
            };
            move = move with
            {
                CaseId = fuzz.Random.Next(10) == 0 ? fuzz.Id(100) ?? 0 : id,
                ExpectedStamp = fuzz.Random.Next(10) == 0 ? Guid.NewGuid() : stamp,
            };
            var language = fuzz.Random.Next(5) == 0 ? Language.English : Language.Mongolian;
            await tally.RunAsync("case move", rows, async () =>
            {
                var result = await act.RunAsync(new ActOnCaseInput(move, language), actors[fuzz.Random.Next(actors.Length)]);
                if (result.Succeeded)
                {
                    var index = cases.FindIndex(c => c.Id == move.CaseId);
                    cases[index] = (move.CaseId, result.Current!.ConcurrencyStamp);
                    return Outcome.Accepted(events: 1);
                }

                return result.Outcome switch
                {
                    CaseMoveOutcome.Invalid => Outcome.Refused(result.Errors.Values),
                    CaseMoveOutcome.Refused => Outcome.Refused([result.RefusalKey!]),
                    _ => Outcome.Refused([], $"answered {result.Outcome}"),
                };
            });
        }
    }

    private static async Task UploadsAsync(AddAttachment add, RowCounts rows, HostileInput fuzz, Tally tally, Actor[] actors, int count)
    {
        byte[][] samples = [SampleFiles.Docx(), SampleFiles.Xlsx(), SampleFiles.Pdf(), SampleFiles.Png(), SampleFiles.Jpeg(), SampleFiles.Mp3Frame(), SampleFiles.Wav(), SampleFiles.Exe(), SampleFiles.PlainZip(), SampleFiles.Docm()];
        var bombs = new[] { HostileInput.ZipBomb("word/document.xml"), HostileInput.ZipBomb("xl/workbook.xml") };
        for (var i = 0; i < count; i++)
        {
            var (kind, bytes) = fuzz.File(samples, bombs[fuzz.Random.Next(bombs.Length)]);
            var name = fuzz.FileName();
            var caseId = fuzz.Id(30) ?? 0;
            await tally.RunAsync("upload " + kind, rows, async () =>
            {
                await using var content = new MemoryStream(bytes, writable: false);
                var result = await add.RunAsync(new AddAttachmentInput(caseId, name, content), actors[fuzz.Random.Next(actors.Length)]);
                return result.Succeeded ? Outcome.Accepted(attachments: 1, events: 1) : Outcome.Refused([.. result.Errors.Values]);
            });
        }
    }

    private static async Task ReportsAsync(RequestReport request, RowCounts rows, HostileInput fuzz, Tally tally, Actor[] actors, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var input = new RequestReportInput(fuzz.Enum<ReportKind>(), fuzz.Date(), fuzz.Date(), fuzz.Random.Next(3) == 0 ? fuzz.Id(200) : null, fuzz.Random.Next(2) == 0 ? Language.Mongolian : Language.English);
            await tally.RunAsync("report request", rows, async () =>
            {
                await request.RunAsync(input, actors[fuzz.Random.Next(actors.Length)]);
                return Outcome.Accepted(reports: 1);
            });
        }
    }

    /// <summary>Every message key the app can show: the names in its English resource files.</summary>
    private static HashSet<string> MessageKeys() =>
        Directory.GetFiles(RepositoryRoot.Combine("CallCentre.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".mn.resx", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .ToHashSet(StringComparer.Ordinal);

    private static string Hidden(string page, string name)
    {
        var input = InputTag().Matches(page).First(m => m.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal));
        return WebUtility.HtmlDecode(ValueAttribute().Match(input.Value).Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
