using System.Globalization;
using System.IO.Compression;
using CallCentre.Domain.Calendar;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Writes detail sheets straight into the workbook's zip with an <see cref="OpenXmlWriter"/>: one row at a time, inline
/// strings (no shared-string table to hold), a frozen heading row, an auto-filter and set widths; a sheet that reaches
/// the per-sheet limit is closed and the rows continue on the next.
/// </summary>
internal sealed class StreamingSheetWriter : IReportRow
{
    private const string CellTypeInline = "inlineStr";

    private readonly ZipArchive _zip;
    private readonly SheetStyles _styles;
    private readonly int _rowsPerSheet;
    private readonly int _progressEvery;
    private readonly Func<long, CancellationToken, Task> _progress;
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new() { Space = SpaceProcessingModeValues.Preserve };

    private DetailSheet? _source;
    private string[] _letters = [];
    private Stream? _entry;
    private OpenXmlWriter? _writer;
    private int _rowInSheet;
    private string _rowNumber = "";
    private int _column;

    public StreamingSheetWriter(ZipArchive zip, SheetStyles styles, int rowsPerSheet, int progressEvery, Func<long, CancellationToken, Task> progress)
    {
        _zip = zip;
        _styles = styles;
        _rowsPerSheet = rowsPerSheet;
        _progressEvery = Math.Max(1, progressEvery);
        _progress = progress;
    }

    /// <summary>Every sheet written so far: its name, its part inside the zip, and its data rows.</summary>
    public List<StreamedSheet> Sheets { get; } = [];

    public long RowsWritten { get; private set; }

    public async Task WriteAsync(DetailSheet source, string partPrefix, CancellationToken cancellationToken)
    {
        _source = source;
        _letters = [.. Enumerable.Range(0, source.Columns.Count).Select(ColumnLetters)];
        var before = Sheets.Count;
        OpenSheet(partPrefix);
        await source.WriteAsync(this, cancellationToken);
        CloseSheet();
        SheetsFor[source] = Sheets.Count - before;
    }

    /// <summary>How many sheets each source took.</summary>
    public Dictionary<DetailSheet, int> SheetsFor { get; } = [];

    public async Task BeginRowAsync(CancellationToken cancellationToken)
    {
        if (_rowInSheet == _rowsPerSheet)
        {
            var prefix = Sheets[^1].PartPrefix;
            CloseSheet();
            OpenSheet(prefix);
        }

        _rowInSheet++;
        _rowNumber = (_rowInSheet + 1).ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", _rowNumber));
        _writer!.WriteStartElement(_row, _attributes);
        _column = 0;
        RowsWritten++;
        if (RowsWritten % _progressEvery == 0)
        {
            await _progress(RowsWritten, cancellationToken);
        }
    }

    public void EndRow() => _writer!.WriteEndElement();

    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _column++;
            return;
        }

        WriteText(ExcelText.XmlSafe(value), ExcelText.NeedsQuotePrefix(value) ? _styles.QuotedText : 0);
    }

    public void Number(double? value)
    {
        var style = _styles.For(_source!.Columns[_column].Kind);
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number))
        {
            _column++;
            return;
        }

        WriteNumber(number.ToString("R", CultureInfo.InvariantCulture), style);
    }

    public void Moment(DateTime? utc)
    {
        if (utc is not { } moment)
        {
            _column++;
            return;
        }

        var local = UlaanbaatarTime.FromUtc(moment);
        WriteNumber(local.ToOADate().ToString("R", CultureInfo.InvariantCulture), _styles.For(_source!.Columns[_column].Kind));
    }

    public void Day(DateOnly? date)
    {
        if (date is not { } day)
        {
            _column++;
            return;
        }

        WriteNumber(day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), _styles.Date);
    }

    private void WriteNumber(string text, uint style)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", _letters[_column] + _rowNumber));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        _writer!.WriteStartElement(_cell, _attributes);
        _value.Text = text;
        _writer.WriteElement(_value);
        _writer.WriteEndElement();
        _column++;
    }

    private void WriteText(string text, uint style)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", _letters[_column] + _rowNumber));
        _attributes.Add(new OpenXmlAttribute("t", "", CellTypeInline));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        _writer!.WriteStartElement(_cell, _attributes);
        _writer.WriteStartElement(_inline);
        _text.Text = text;
        _writer.WriteElement(_text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _column++;
    }

    private void OpenSheet(string partPrefix)
    {
        var index = Sheets.Count(s => s.PartPrefix == partPrefix);
        var name = index == 0 ? _source!.Name : string.Create(CultureInfo.InvariantCulture, $"{_source!.Name} ({index + 1})");
        var part = string.Create(CultureInfo.InvariantCulture, $"worksheets/{partPrefix}-{index + 1}.xml");
        Sheets.Add(new StreamedSheet(name, part, partPrefix, _source.Columns.Count));
        _entry = _zip.CreateEntry("xl/" + part, CompressionLevel.Fastest).Open();
        _writer = OpenXmlWriter.Create(_entry);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        _writer.WriteElement(new Columns(_source.Columns.Select((c, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
        _rowInSheet = 0;

        // The heading row.
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", "1"));
        _writer.WriteStartElement(_row, _attributes);
        _rowNumber = "1";
        _column = 0;
        foreach (var column in _source.Columns)
        {
            WriteText(ExcelText.XmlSafe(column.Heading), _styles.Header);
        }

        _writer.WriteEndElement();
    }

    private void CloseSheet()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.WriteEndElement(); // sheetData
        var last = _letters[^1] + (_rowInSheet + 1).ToString(CultureInfo.InvariantCulture);
        _writer.WriteElement(new AutoFilter { Reference = "A1:" + last });
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _writer.Dispose();
        _entry!.Dispose();
        _writer = null;
        Sheets[^1] = Sheets[^1] with { Rows = _rowInSheet };
    }

    internal static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>A sheet the streaming writer produced: where its part is in the zip and how many data rows it holds.</summary>
internal sealed record StreamedSheet(string Name, string Part, string PartPrefix, int ColumnCount)
{
    public int Rows { get; init; }
}
