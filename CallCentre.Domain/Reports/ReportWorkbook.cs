using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CallCentre.Domain.Reports;

/// <summary>
/// One report workbook: the cover and the summary sheets are built with ClosedXML (small, typed, styled), the detail
/// sheets are streamed. Saving writes ClosedXML's workbook to memory, then a new zip: the detail sheets first, row by
/// row, then ClosedXML's parts with the detail sheets added to the workbook, its relationships and content types, the
/// streamed sheets' cell formats appended to its styles, and the cover's row counts filled in.
/// </summary>
public sealed class ReportWorkbook : IDisposable
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private readonly List<DetailSheet> _details = [];
    private readonly List<(DetailSheet Sheet, string RowsCell, string SheetsCell)> _coverCounts = [];

    public ReportWorkbook()
    {
        Cover = Book.AddWorksheet("Cover");
    }

    public XLWorkbook Book { get; } = new();

    /// <summary>The first sheet; the report names it in its language.</summary>
    public IXLWorksheet Cover { get; }

    public IReadOnlyList<DetailSheet> Details => _details;

    /// <summary>Data rows of each summary sheet, by sheet name, for the cover.</summary>
    public Dictionary<string, long> SummaryRows { get; } = [];

    public void AddDetail(DetailSheet sheet) => _details.Add(sheet);

    /// <summary>Cover cells that receive a detail sheet's row count and the number of sheets it took, once written.</summary>
    public void CountOnCover(DetailSheet sheet, IXLCell rowsCell, IXLCell sheetsCell)
    {
        rowsCell.SetValue(0);
        sheetsCell.SetValue(0);
        _coverCounts.Add((sheet, rowsCell.Address.ToString()!, sheetsCell.Address.ToString()!));
    }

    /// <summary>Writes the workbook to <paramref name="path"/> and returns the detail rows written.</summary>
    public async Task<long> SaveAsync(string path, int rowsPerSheet, int progressEvery, Func<long, CancellationToken, Task> progress, CancellationToken cancellationToken)
    {
        using var built = new MemoryStream();
        Book.SaveAs(built);
        built.Position = 0;
        using var source = new ZipArchive(built, ZipArchiveMode.Read);

        var stylesheet = new Stylesheet(XDocument.Parse(ReadText(source, "xl/styles.xml")).Root!.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        var styles = AppendStyles(stylesheet);

        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var writer = new StreamingSheetWriter(zip, styles, rowsPerSheet, progressEvery, progress);
        for (var i = 0; i < _details.Count; i++)
        {
            await writer.WriteAsync(_details[i], string.Create(CultureInfo.InvariantCulture, $"detail{i + 1}"), cancellationToken);
        }

        var workbook = XDocument.Parse(ReadText(source, "xl/workbook.xml"));
        var relationships = XDocument.Parse(ReadText(source, "xl/_rels/workbook.xml.rels"));
        var contentTypes = XDocument.Parse(ReadText(source, "[Content_Types].xml"));
        var coverPart = FirstSheetPart(workbook, relationships);
        AddSheets(workbook, relationships, contentTypes, writer.Sheets);

        var cover = XDocument.Parse(ReadText(source, coverPart));
        foreach (var (sheet, rowsCell, sheetsCell) in _coverCounts)
        {
            var rows = writer.Sheets.Where(s => s.PartPrefix == PrefixOf(sheet)).Sum(s => (long)s.Rows);
            SetNumber(cover, rowsCell, rows);
            SetNumber(cover, sheetsCell, writer.SheetsFor.GetValueOrDefault(sheet));
        }

        foreach (var entry in source.Entries)
        {
            var replaced = entry.FullName switch
            {
                "xl/styles.xml" => stylesheet.OuterXml,
                "xl/workbook.xml" => workbook.ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
                "xl/_rels/workbook.xml.rels" => relationships.ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
                "[Content_Types].xml" => contentTypes.ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
                _ when entry.FullName == coverPart => cover.ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
                _ => null,
            };
            var target = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            await using var output = target.Open();
            if (replaced is not null)
            {
                await using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false));
                await text.WriteAsync(replaced);
            }
            else
            {
                await using var input = entry.Open();
                await input.CopyToAsync(output, cancellationToken);
            }
        }

        return writer.RowsWritten;
    }

    public void Dispose() => Book.Dispose();

    private string PrefixOf(DetailSheet sheet) => string.Create(CultureInfo.InvariantCulture, $"detail{_details.IndexOf(sheet) + 1}");

    private static string ReadText(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException($"The workbook has no {name}."));
        return reader.ReadToEnd();
    }

    /// <summary>Appends the streamed sheets' formats (bold heading, quote-prefixed text, numbers, dates) to ClosedXML's styles.</summary>
    private static SheetStyles AppendStyles(Stylesheet stylesheet)
    {
        var numberingFormats = stylesheet.NumberingFormats ??= new NumberingFormats();
        if (stylesheet.NumberingFormats != stylesheet.GetFirstChild<NumberingFormats>())
        {
            stylesheet.InsertAt(numberingFormats, 0);
        }

        var nextFormat = Math.Max(200u, numberingFormats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty().Max() + 1);
        var dateFormat = nextFormat;
        var dateTimeFormat = nextFormat + 1;
        numberingFormats.Append(new NumberingFormat { NumberFormatId = dateFormat, FormatCode = "yyyy-mm-dd" });
        numberingFormats.Append(new NumberingFormat { NumberFormatId = dateTimeFormat, FormatCode = "yyyy-mm-dd hh:mm" });
        numberingFormats.Count = (uint)numberingFormats.ChildElements.Count;

        var fonts = stylesheet.Fonts!;
        var bold = (Font)fonts.Elements<Font>().First().CloneNode(true);
        bold.Bold = new Bold();
        bold.RemoveAllChildren<Bold>();
        bold.InsertAt(new Bold(), 0);
        fonts.Append(bold);
        var boldFont = (uint)fonts.ChildElements.Count - 1;
        fonts.Count = (uint)fonts.ChildElements.Count;

        var fills = stylesheet.Fills!;
        fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7ECF3" }) { PatternType = PatternValues.Solid }));
        var headerFill = (uint)fills.ChildElements.Count - 1;
        fills.Count = (uint)fills.ChildElements.Count;

        var formats = stylesheet.CellFormats!;
        uint Add(CellFormat format)
        {
            format.FormatId ??= 0;
            format.BorderId ??= 0;
            format.FillId ??= 0;
            format.FontId ??= 0;
            format.NumberFormatId ??= 0;
            formats.Append(format);
            formats.Count = (uint)formats.ChildElements.Count;
            return (uint)formats.ChildElements.Count - 1;
        }

        return new SheetStyles(
            Header: Add(new CellFormat { FontId = boldFont, FillId = headerFill, ApplyFont = true, ApplyFill = true }),
            QuotedText: Add(new CellFormat { QuotePrefix = true }),
            Integer: Add(new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true }),
            Decimal: Add(new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }),
            Percent: Add(new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }),
            Date: Add(new CellFormat { NumberFormatId = dateFormat, ApplyNumberFormat = true }),
            DateTime: Add(new CellFormat { NumberFormatId = dateTimeFormat, ApplyNumberFormat = true }));
    }

    private static string FirstSheetPart(XDocument workbook, XDocument relationships)
    {
        var first = workbook.Descendants().First(e => e.Name.LocalName == "sheet");
        var id = first.Attribute(XName.Get("id", RelationshipsNs))!.Value;
        var target = relationships.Root!.Elements().First(r => r.Attribute("Id")?.Value == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static void AddSheets(XDocument workbook, XDocument relationships, XDocument contentTypes, IReadOnlyList<StreamedSheet> sheets)
    {
        var sheetsElement = workbook.Descendants().First(e => e.Name.LocalName == "sheets");
        var ns = sheetsElement.Name.Namespace;
        var nextId = sheetsElement.Elements().Select(s => uint.Parse(s.Attribute("sheetId")!.Value, CultureInfo.InvariantCulture)).DefaultIfEmpty().Max() + 1;
        var relationshipNs = relationships.Root!.Name.Namespace;
        var typesNs = contentTypes.Root!.Name.Namespace;
        var n = 0;
        foreach (var sheet in sheets)
        {
            var relationshipId = string.Create(CultureInfo.InvariantCulture, $"rIdStream{++n}");
            sheetsElement.Add(new XElement(
                ns + "sheet",
                new XAttribute("name", sheet.Name),
                new XAttribute("sheetId", nextId++),
                new XAttribute(XName.Get("id", RelationshipsNs), relationshipId)));
            relationships.Root.Add(new XElement(
                relationshipNs + "Relationship",
                new XAttribute("Type", WorksheetType),
                new XAttribute("Target", sheet.Part),
                new XAttribute("Id", relationshipId)));
            contentTypes.Root.Add(new XElement(
                typesNs + "Override",
                new XAttribute("PartName", "/xl/" + sheet.Part),
                new XAttribute("ContentType", WorksheetContentType)));
        }
    }

    private static void SetNumber(XDocument sheet, string reference, long value)
    {
        var cell = sheet.Descendants().FirstOrDefault(e => e.Name.LocalName == "c" && e.Attribute("r")?.Value == reference)
            ?? throw new InvalidOperationException($"The cover has no cell {reference}.");
        var ns = cell.Name.Namespace;
        cell.Attribute("t")?.Remove();
        cell.Elements().Remove();
        cell.Add(new XElement(ns + "v", value.ToString(CultureInfo.InvariantCulture)));
    }
}
