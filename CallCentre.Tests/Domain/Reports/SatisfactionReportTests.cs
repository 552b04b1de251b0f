using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Reports;

public sealed class SatisfactionReportTests : IAsyncLifetime
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Sum = "@SUM(A1)";

    private ReportHarness _harness = null!;
    private Actor _operator = null!;
    private Actor _auditor = null!;
    private string _usug = "";
    private string _police = "";

    public async Task InitializeAsync()
    {
        _harness = await ReportHarness.CreateAsync();
        _operator = await _harness.Database.AddStaffAsync(Roles.Operator, "CC1111");
        _auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        await using var db = _harness.Database.CreateDbContext();
        _usug = await db.Organisations.Where(o => o.Code == "USUG").Select(o => o.NameEn).SingleAsync();
        _police = await db.Organisations.Where(o => o.Code == "GPD").Select(o => o.NameEn).SingleAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    /// <summary>
    /// Four cases in March: two water complaints answered by USUG and rated 4 (solved; a formula for a comment) and 2 (not
    /// solved; another formula); a police case rated 5 (partly); a water case never answered.
    /// </summary>
    private async Task<(string Water, string Police)> SeedAsync()
    {
        var water = await RatedAsync("USUG", "99001122", 4, ProblemSolved.Yes, Hyperlink);
        await RatedAsync("USUG", "99001133", 2, ProblemSolved.No, Sum);
        var police = await RatedAsync("GPD", "88001122", 5, ProblemSolved.Partly, null);
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = "99001144" });
        return (water, police);
    }

    private async Task<string> RatedAsync(string organisation, string phone, int score, ProblemSolved solved, string? comment)
    {
        var registered = await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Organisation = organisation == "USUG" ? null : organisation, Phone = phone });
        var id = registered.CaseId;
        var officer = await _harness.Database.AddStaffAsync(Roles.AgencyOfficer, organisation);
        await _harness.Database.MoveAsync(_harness.Clock, officer, new AcknowledgeMove { CaseId = id });
        await _harness.Database.MoveAsync(_harness.Clock, officer, new RespondMove { CaseId = id, Text = "Шийдвэрлэв.", Resolution = Resolution.Resolved });
        _harness.Clock.Advance(TimeSpan.FromHours(1));
        await _harness.Database.MoveAsync(_harness.Clock, _operator, new RateMove { CaseId = id, Score = score, Solved = solved, Comment = comment });
        return registered.Reference!;
    }

    private static IXLRow RowOf(IXLWorksheet sheet, string firstCell) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == firstCell);

    private static int Column(IXLWorksheet sheet, string heading) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == heading).Address.ColumnNumber;

    [Fact]
    public async Task ByOrganisation_CountsRatingsAverageSolvedAndEachScore_WithTotals()
    {
        await SeedAsync();

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.Satisfaction));

        var sheet = workbook.Worksheet("Sheet.ByOrganisation");
        Assert.Equal(["Column.Organisation", "Column.Ratings", "Column.AverageScore", "Column.Solved", "Column.PartlySolved", "Column.NotSolved", "Column.ShareSolved"],
            Enumerable.Range(1, 7).Select(c => sheet.Cell(1, c).GetString()));
        var water = RowOf(sheet, _usug);
        Assert.Equal([2d, 3d, 1d, 0d, 1d, 0.5, 0d, 1d, 0d, 1d, 0d], Enumerable.Range(2, 11).Select(c => water.Cell(c).GetDouble()));
        Assert.Equal(XLDataType.Number, water.Cell(3).DataType);
        var police = RowOf(sheet, _police);
        Assert.Equal([1d, 5d, 0d, 1d, 0d, 0d, 0d, 0d, 0d, 0d, 1d], Enumerable.Range(2, 11).Select(c => police.Cell(c).GetDouble()));
        var totals = RowOf(sheet, "Total");
        Assert.Equal((3d, 3.67), (totals.Cell(2).GetDouble(), totals.Cell(3).GetDouble()));
        Assert.Equal(1d / 3, totals.Cell(7).GetDouble(), 6);
        Assert.Equal([0d, 1d, 0d, 1d, 1d], Enumerable.Range(8, 5).Select(c => totals.Cell(c).GetDouble()));
    }

    [Fact]
    public async Task ByTopicAndByMonth_CountTheSameRatings()
    {
        await SeedAsync();

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.Satisfaction));

        Assert.Equal(3d, RowOf(workbook.Worksheet("Sheet.ByTopic"), "Total").Cell(2).GetDouble());
        var march = RowOf(workbook.Worksheet("Sheet.ByMonth"), "2026-03");
        Assert.Equal((3d, 3.67), (march.Cell(2).GetDouble(), march.Cell(3).GetDouble()));
        Assert.Contains(workbook.Worksheet("Sheet.Cover").CellsUsed(), c => c.GetString() == "Note.Satisfaction");
    }

    [Fact]
    public async Task Detail_HasOneTypedRowPerRating_WithTheCallerMaskedForAnAuditor()
    {
        var (water, _) = await SeedAsync();

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.Satisfaction));

        var sheet = workbook.Worksheet("Sheet.Ratings");
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
        var row = RowOf(sheet, water);
        Assert.Equal(_usug, row.Cell(Column(sheet, "Column.Organisation")).GetString());
        Assert.Equal(XLDataType.DateTime, row.Cell(Column(sheet, "Column.RespondedAt")).DataType);
        Assert.Equal(XLDataType.DateTime, row.Cell(Column(sheet, "Column.RatedAt")).DataType);
        Assert.True(row.Cell(Column(sheet, "Column.RatedAt")).GetDateTime() > row.Cell(Column(sheet, "Column.RespondedAt")).GetDateTime());
        Assert.Equal((XLDataType.Number, 4d), (row.Cell(Column(sheet, "Column.Score")).DataType, row.Cell(Column(sheet, "Column.Score")).GetDouble()));
        Assert.Equal("ProblemSolved.Yes", row.Cell(Column(sheet, "Column.ProblemSolved")).GetString());
        Assert.Equal("RatingSource.Callback", row.Cell(Column(sheet, "Column.RatingSource")).GetString());
        Assert.Equal(_operator.DisplayName, row.Cell(Column(sheet, "Column.RecordedBy")).GetString());
        Assert.Equal("•••22", row.Cell(Column(sheet, "Column.CallerPhone")).GetString());
    }

    [Fact]
    public async Task FormulaLikeComments_ArriveAsQuotePrefixedText_AsTheCitizenSaidThem()
    {
        await SeedAsync();

        // A supervisor: comments are free text, which an auditor without the personal-data permission sees masked.
        var supervisor = await _harness.Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.Satisfaction), supervisor);
        await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System);
        int commentColumn;
        using (var workbook = new XLWorkbook(await _harness.FilePathAsync(id)))
        {
            commentColumn = Column(workbook.Worksheet("Sheet.Ratings"), "Column.Comment");
        }

        using var document = SpreadsheetDocument.Open(await _harness.FilePathAsync(id), false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Sheet.Ratings");
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var letter = ((char)('A' + commentColumn - 1)).ToString();
        var comments = worksheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith(letter, StringComparison.Ordinal) && c.CellReference.Value != letter + "1").ToList();

        Assert.Equal([Hyperlink, Sum], comments.Select(c => c.InlineString!.Text!.Text).Order(StringComparer.Ordinal));
        Assert.All(comments, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(comments, c => Assert.True(formats[(int)c.StyleIndex!.Value].QuotePrefix?.Value));
        Assert.Empty(worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public async Task AgencyHead_GetsOnlyTheirOrganisationsRatings()
    {
        var (water, police) = await SeedAsync();
        var head = await _harness.Database.AddStaffAsync(Roles.AgencyHead, "USUG");

        using var workbook = await _harness.RunAsync(head, ReportHarness.March(ReportKind.Satisfaction));

        var detail = workbook.Worksheet("Sheet.Ratings");
        var references = Enumerable.Range(2, detail.LastRowUsed().RowNumber() - 1).Select(r => detail.Cell(r, 1).GetString()).ToList();
        Assert.Equal(2, references.Count);
        Assert.Contains(water, references);
        Assert.DoesNotContain(police, references);
        var byOrganisation = workbook.Worksheet("Sheet.ByOrganisation");
        Assert.Equal([_usug, "Total"], byOrganisation.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(2d, RowOf(byOrganisation, "Total").Cell(2).GetDouble());
    }

    [Fact]
    public async Task RatingsRecordedOutsideThePeriod_AreNotCounted()
    {
        await SeedAsync();

        var february = new RequestReportInput(ReportKind.Satisfaction, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), null, Language.English);
        using var workbook = await _harness.RunAsync(_auditor, february);

        Assert.Equal(1, workbook.Worksheet("Sheet.Ratings").LastRowUsed().RowNumber());
        Assert.Equal(0d, RowOf(workbook.Worksheet("Sheet.ByOrganisation"), "Total").Cell(2).GetDouble());
    }

    [Fact]
    public async Task OrganisationPerformance_ShowsRatingsAndAverageScore_EmptyWhereThereAreNone()
    {
        await SeedAsync();
        await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Organisation = "MOH", Phone = "88001155" });
        string health;
        await using (var db = _harness.Database.CreateDbContext())
        {
            health = await db.Organisations.Where(o => o.Code == "MOH").Select(o => o.NameEn).SingleAsync();
        }

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.OrganisationPerformance));

        var sheet = workbook.Worksheet("Sheet.OrganisationPerformance");
        var (ratings, average) = (Column(sheet, "Column.Ratings"), Column(sheet, "Column.AverageScore"));
        Assert.Equal((2d, 3d), (RowOf(sheet, _usug).Cell(ratings).GetDouble(), RowOf(sheet, _usug).Cell(average).GetDouble()));
        Assert.Equal((1d, 5d), (RowOf(sheet, _police).Cell(ratings).GetDouble(), RowOf(sheet, _police).Cell(average).GetDouble()));
        Assert.True(RowOf(sheet, health).Cell(ratings).IsEmpty());
        Assert.True(RowOf(sheet, health).Cell(average).IsEmpty());
        Assert.Equal((3d, 3.67), (RowOf(sheet, "Total").Cell(ratings).GetDouble(), RowOf(sheet, "Total").Cell(average).GetDouble()));
        Assert.Contains(workbook.Worksheet("Sheet.Cover").CellsUsed(), c => c.GetString() == "Note.SatisfactionInPerformance");
    }
}
