using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Tests.Support;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Reports;

public sealed class CaseRegisterReportTests : IAsyncLifetime
{
    private ReportHarness _harness = null!;
    private Actor _operator = null!;

    public async Task InitializeAsync()
    {
        _harness = await ReportHarness.CreateAsync();
        _operator = await _harness.Database.AddStaffAsync(Roles.Operator, "CC1111");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static int Column(IXLWorksheet sheet, string heading) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == heading).Address.ColumnNumber;

    [Fact]
    public async Task CaseRegister_HasOneTypedRowPerCaseOfThePeriod_AndTheCoverCountsThem()
    {
        await _harness.Database.RegisterAsync(_operator, new FakeTimeProvider(new DateTimeOffset(2026, 2, 20, 4, 0, 0, TimeSpan.Zero)));
        var first = await _harness.Database.RegisterAsync(_operator, _harness.Clock);
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = "99001122" });
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Organisation = "GPD", Phone = "88001122" });
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);

        using var workbook = await _harness.RunAsync(auditor, ReportHarness.March(ReportKind.CaseRegister));

        Assert.Equal("Sheet.Cover", workbook.Worksheet(1).Name);
        var cases = workbook.Worksheet("Sheet.Cases");
        Assert.Equal(4, cases.LastRowUsed().RowNumber());
        var row = cases.Row(2);
        Assert.Equal(first.Reference, row.Cell(Column(cases, "Column.Reference")).GetString());
        var registered = row.Cell(Column(cases, "Column.Registered"));
        Assert.Equal(XLDataType.DateTime, registered.DataType);
        Assert.Equal(new DateTime(2026, 3, 10, 12, 0, 0), registered.GetDateTime());
        var reopened = row.Cell(Column(cases, "Column.ReopenCount"));
        Assert.Equal((XLDataType.Number, 0d), (reopened.DataType, reopened.GetDouble()));
        Assert.Equal("Type.Complaint", row.Cell(Column(cases, "Column.Type")).GetString());
        Assert.Equal("No", row.Cell(Column(cases, "Column.OverdueNow")).GetString());
        Assert.Equal(XLDataType.DateTime, row.Cell(Column(cases, "Column.RespondBy")).DataType);
        Assert.Equal(1, cases.SheetView.SplitRow);
        Assert.True(cases.AutoFilter.IsEnabled);

        var byStatus = workbook.Worksheet("Sheet.ByStatus");
        var totals = byStatus.LastRowUsed();
        Assert.Equal(("Total", 3d), (totals.Cell(1).GetString(), totals.Cell(2).GetDouble()));

        var cover = workbook.Worksheet("Sheet.Cover");
        var casesLine = cover.CellsUsed().Single(c => c.GetString() == "Sheet.Cases").WorksheetRow();
        Assert.Equal((3d, 1d), (casesLine.Cell(2).GetDouble(), casesLine.Cell(3).GetDouble()));
        await using var db = _harness.Database.CreateDbContext();
        var head = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(head.Hash, cover.CellsUsed().Single(c => c.GetString() == "Cover.AuditHash").CellRight().GetString());
        Assert.Equal((double)head.Sequence, cover.CellsUsed().Single(c => c.GetString() == "Cover.AuditSequence").CellRight().GetDouble());
    }

    [Fact]
    public async Task Progress_IsRecorded_AndTheRequestEndsDoneWithItsFile()
    {
        for (var i = 0; i < 5; i++)
        {
            await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = $"9911220{i}" });
        }

        // A supervisor: the description is free text, which an auditor without the personal-data permission sees masked.
        var supervisor = await _harness.Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), supervisor);

        Assert.Equal(ReportStatus.Done, await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System));

        var request = await _harness.LoadAsync(id);
        Assert.Equal((5L, 5L), (request.RowsWritten, request.RowsTotal));
        Assert.Equal(new FileInfo(await _harness.FilePathAsync(id)).Length, request.FileSize);
        Assert.Equal(_harness.Clock.GetUtcNow().UtcDateTime.AddDays(_harness.Settings.RetentionDays), request.ExpiresAtUtc);
    }

    [Fact]
    public async Task Auditor_SeesCallersMasked_AndSupervisorSeesThem()
    {
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = "99112233" });
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var supervisor = await _harness.Database.AddStaffAsync(Roles.Supervisor, "CC1111");

        using var masked = await _harness.RunAsync(auditor, ReportHarness.March(ReportKind.CaseRegister));
        using var shown = await _harness.RunAsync(supervisor, ReportHarness.March(ReportKind.CaseRegister));

        var maskedSheet = masked.Worksheet("Sheet.Cases");
        Assert.Equal("Б•••", maskedSheet.Cell(2, Column(maskedSheet, "Column.CallerName")).GetString());
        Assert.Equal("•••33", maskedSheet.Cell(2, Column(maskedSheet, "Column.CallerPhone")).GetString());
        var shownSheet = shown.Worksheet("Sheet.Cases");
        Assert.Equal("Бат-Эрдэнэ Дорж", shownSheet.Cell(2, Column(shownSheet, "Column.CallerName")).GetString());
        Assert.Equal("9911-2233", shownSheet.Cell(2, Column(shownSheet, "Column.CallerPhone")).GetString());
    }

    [Fact]
    public async Task AgencyHead_RegisterHoldsOnlyTheirOrganisationsCases()
    {
        var water = await _harness.Database.RegisterAsync(_operator, _harness.Clock);
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Organisation = "GPD", Phone = "88001122" });
        var head = await _harness.Database.AddStaffAsync(Roles.AgencyHead, "USUG");

        using var workbook = await _harness.RunAsync(head, ReportHarness.March(ReportKind.CaseRegister));

        var cases = workbook.Worksheet("Sheet.Cases");
        Assert.Equal(2, cases.LastRowUsed().RowNumber());
        Assert.Equal(water.Reference, cases.Cell(2, 1).GetString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("@SUM(A1)")]
    [InlineData("+7 is more than -5")]
    [InlineData("-2+3")]
    public async Task FormulaLikeDescription_ArrivesAsQuotePrefixedText_AsTyped(string typed)
    {
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Description = typed });
        // A supervisor: the description is free text, which an auditor without the personal-data permission sees masked.
        var supervisor = await _harness.Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), supervisor);
        await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System);

        using var document = SpreadsheetDocument.Open(await _harness.FilePathAsync(id), false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Sheet.Cases");
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == "Q2");

        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal(typed, cell.InlineString!.Text!.Text);
        var format = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        Assert.True(format.QuotePrefix?.Value);
        Assert.Empty(worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public async Task PlainDescriptionAndNumbers_AreNotQuotePrefixed()
    {
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Description = "Халуун ус 3 хоног байхгүй" });
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);

        using var workbook = await _harness.RunAsync(auditor, ReportHarness.March(ReportKind.CaseRegister));

        var cases = workbook.Worksheet("Sheet.Cases");
        Assert.False(cases.Cell(2, Column(cases, "Column.Description")).Style.IncludeQuotePrefix);
        Assert.Equal(XLDataType.Number, cases.Cell(2, Column(cases, "Column.ReopenCount")).DataType);
    }

    [Fact]
    public async Task RowsPastThePerSheetLimit_ContinueOnFurtherSheets()
    {
        for (var i = 0; i < 5; i++)
        {
            await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = $"9911220{i}" });
        }

        _harness.Settings.RowsPerSheet = 2;
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);

        using var workbook = await _harness.RunAsync(auditor, ReportHarness.March(ReportKind.CaseRegister));

        Assert.Equal(3, workbook.Worksheet("Sheet.Cases").LastRowUsed().RowNumber());
        Assert.Equal(3, workbook.Worksheet("Sheet.Cases (2)").LastRowUsed().RowNumber());
        Assert.Equal(2, workbook.Worksheet("Sheet.Cases (3)").LastRowUsed().RowNumber());
        Assert.Equal("Column.Reference", workbook.Worksheet("Sheet.Cases (3)").Cell(1, 1).GetString());
        var cover = workbook.Worksheet("Sheet.Cover");
        var casesLine = cover.CellsUsed().Single(c => c.GetString() == "Sheet.Cases").WorksheetRow();
        Assert.Equal((5d, 3d), (casesLine.Cell(2).GetDouble(), casesLine.Cell(3).GetDouble()));
    }
}
