using System.Globalization;
using System.IO.Compression;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// The case register of the whole data set as a supervisor asks for it: <see cref="GenerateReport"/> end to end (the
/// request row, the names, the summary, the cover, every case streamed in id-ordered batches through EF Core, the
/// workbook assembled) — and, first, the baseline: the same rows read with a plain SQLite data reader and written by a
/// bare <see cref="OpenXmlWriter"/> into a one-sheet workbook (no cover, styles, names or masks). Wall time and peak
/// working set of each, and the ratio of their times.
/// </summary>
public sealed class ExportScenario : IScenario
{
    private const string RequesterEmail = "reports@bench.1111.mn";

    public string Name => "export";

    public string Description => "the case register of the --cases data set (default 1,000,000) through GenerateReport: wall time, peak memory, ratio to a bare OpenXmlWriter";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"export: {options.Runs} bare writes then {options.Runs} case registers, after {options.Warmup} warm-up each");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "callcentre-bench-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var requester = await RequesterAsync(factory, cancellationToken);
            var settings = new ReportSettings { Folder = folder, MaxPeriodDays = 3660 };
            var request = new RequestReport(factory, new NoScheduler(), settings, BenchClock.Instance);
            var generate = new GenerateReport(factory, new BenchLabels(), settings, BenchClock.Instance);
            var input = new RequestReportInput(ReportKind.CaseRegister, new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 31), null, Language.English);

            long bareRows = 0;
            long bareBytes = 0;
            Collect();
            var bare = await Measure.RunAsync(options.Warmup, options.Runs, async ct =>
            {
                var path = Path.Combine(folder, "bare.xlsx");
                bareRows = await BareExportAsync(factory.ConnectionString, path, ct);
                bareBytes = new FileInfo(path).Length;
                File.Delete(path);
            }, cancellationToken);

            ReportRequest? last = null;
            Collect();
            var export = await Measure.RunAsync(options.Warmup, options.Runs, async ct =>
            {
                var id = await request.RunAsync(input, requester, ct);
                var status = await generate.RunAsync(new GenerateReportInput(id), Actor.System, ct);
                await using var db = factory.CreateDbContext();
                last = await db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct);
                if (status != ReportStatus.Done)
                {
                    throw new BenchException($"The case register failed: {last.ErrorMessage}");
                }

                File.Delete(Path.Combine(folder, last.FileName!));
            }, cancellationToken);

            if (last!.RowsWritten != bareRows)
            {
                throw new BenchException($"The register wrote {last.RowsWritten:N0} rows, the bare writer {bareRows:N0}.");
            }

            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export — case register of {last.RowsWritten:N0} cases: p50 {export.P50Ms / 1000:F1} s, peak {export.PeakMb:F0} MB, file {last.FileSize / 1048576.0:F1} MB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare OpenXmlWriter, same rows: p50 {bare.P50Ms / 1000:F1} s, peak {bare.PeakMb:F0} MB, file {bareBytes / 1048576.0:F1} MB; ratio of p50s {export.P50Ms / bare.P50Ms:F2}"));
            ResultLine.For(Name, "case_register", export).Add("cases", count).Add("rows", last.RowsWritten).Add("p50_s", export.P50Ms / 1000, 2)
                .Add("file_mb", last.FileSize / 1048576.0, 1).Ratio(export.P50Ms, bare.P50Ms).Add("baseline", "bare_openxml").WriteTo(output);
            ResultLine.For(Name, "bare_openxml", bare).Add("cases", count).Add("rows", bareRows).Add("p50_s", bare.P50Ms / 1000, 2)
                .Add("file_mb", bareBytes / 1048576.0, 1).Ratio(bare.P50Ms, bare.P50Ms).WriteTo(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>A supervisor account for the requests (the job reads the requester's roles from the database); added once.</summary>
    private static async Task<Actor> RequesterAsync(BenchDbFactory factory, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == RequesterEmail, cancellationToken);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = RequesterEmail,
                NormalizedUserName = RequesterEmail.ToUpperInvariant(),
                Email = RequesterEmail,
                NormalizedEmail = RequesterEmail.ToUpperInvariant(),
                DisplayName = "Ахлах (bench)",
                CreatedAtUtc = BenchClock.NowUtc,
            };
            db.Users.Add(user);
            var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.Supervisor, cancellationToken);
            if (role is null)
            {
                role = new IdentityRole(Roles.Supervisor) { NormalizedName = Roles.Supervisor.ToUpperInvariant() };
                db.Roles.Add(role);
            }

            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.Supervisor }, null);
    }

    /// <summary>The same 19 columns of every case, raw (ids and stored enum names), one sheet, through a plain data reader.</summary>
    private static async Task<long> BareExportAsync(string connectionString, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        long rows = 0;
        await using (var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        {
            using var writer = OpenXmlWriter.Create(entry);
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT Reference, RegisteredAtUtc, Type, TopicId, RegionId, Channel, Priority, Status, AssignedOrganisationId, AssignedOfficerId,
                       RespondByUtc, AcknowledgedAtUtc, RespondedAtUtc, Resolution, ReopenCount, Description, CallerName, CallerPhone, DistrictId
                FROM Cases ORDER BY Id
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var row = new Row();
            var cell = new Cell();
            var value = new CellValue();
            var inline = new InlineString();
            var text = new Text();
            var attributes = new List<OpenXmlAttribute>(2);
            var stringCell = new[] { new OpenXmlAttribute("t", "", "inlineStr") };
            while (await reader.ReadAsync(cancellationToken))
            {
                writer.WriteStartElement(row);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        continue;
                    }

                    var raw = reader.GetValue(i);
                    if (raw is long number)
                    {
                        writer.WriteStartElement(cell);
                        value.Text = number.ToString(CultureInfo.InvariantCulture);
                        writer.WriteElement(value);
                    }
                    else
                    {
                        writer.WriteStartElement(cell, stringCell);
                        writer.WriteStartElement(inline);
                        text.Text = (string)raw;
                        writer.WriteElement(text);
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                rows++;
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.Close();
        }

        foreach (var (name, content) in MinimalParts)
        {
            await using var part = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
            await part.WriteAsync(content);
        }

        return rows;
    }

    private static readonly (string Name, string Content)[] MinimalParts =
    [
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cases" sheetId="1" r:id="r1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
    ];

    private sealed class NoScheduler : IReportScheduler
    {
        public void Enqueue(int requestId)
        {
        }
    }

    /// <summary>English headings made from the keys ("Column.RespondBy" → "RespondBy"), looked up once each as the app's are.</summary>
    private sealed class BenchLabels : IReportLabels, IReportLabelsFactory
    {
        private readonly Dictionary<string, string> _cache = [];

        public Language Language => Language.English;

        public string Get(string key, params object[] arguments)
        {
            if (!_cache.TryGetValue(key, out var text))
            {
                _cache[key] = text = key[(key.LastIndexOf('.') + 1)..];
            }

            return text;
        }

        public IReportLabels For(Language language) => this;
    }
}
