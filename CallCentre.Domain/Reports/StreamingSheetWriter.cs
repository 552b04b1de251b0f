using System.Globalization;
using System.IO.Compression;
using System.Text;
using CallCentre.Domain.Calendar;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Writes detail sheets straight into the workbook's zip (<see cref="SheetXmlWriter"/>): one row at a time, inline
/// strings (no shared-string table to hold), a frozen heading row, an auto-filter and set widths; a sheet that reaches
/// the per-sheet limit is closed and the rows continue on the next. Every cell carries its reference, as Excel writes
/// them (the attribute is optional, but tools that read a sheet cell by cell rely on it).
/// </summary>
internal sealed class StreamingSheetWriter : IReportRow
{
    private const string SpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly ZipArchive _zip;
    private readonly SheetStyles _styles;
    private readonly int _rowsPerSheet;
    private readonly int _progressEvery;
    private readonly Func<long, CancellationToken, Task> _progress;
    private readonly byte[] _rowNumber = new byte[10];

    private DetailSheet? _source;
    private string[] _letters = [];
    private byte[][] _cellStarts = [];
    private uint[] _columnStyles = [];
    private Stream? _entry;
    private SheetXmlWriter? _xml;
    private int _rowInSheet;
    private int _rowNumberLength;
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
        _cellStarts = [.. _letters.Select(letters => Encoding.ASCII.GetBytes("<c r=\"" + letters))];
        _columnStyles = [.. source.Columns.Select(c => _styles.For(c.Kind))];
        var before = Sheets.Count;
        OpenSheet(partPrefix);
        await source.WriteAsync(this, cancellationToken);
        CloseSheet();
        SheetsFor[source] = Sheets.Count - before;
    }

    /// <summary>How many sheets each source took.</summary>
    public Dictionary<DetailSheet, int> SheetsFor { get; } = [];

    public Task BeginRowAsync(CancellationToken cancellationToken)
    {
        if (_rowInSheet == _rowsPerSheet)
        {
            var prefix = Sheets[^1].PartPrefix;
            CloseSheet();
            OpenSheet(prefix);
        }

        _rowInSheet++;
        BeginRow(_rowInSheet + 1);
        RowsWritten++;
        return RowsWritten % _progressEvery == 0 ? _progress(RowsWritten, cancellationToken) : Task.CompletedTask;
    }

    public void EndRow() => _xml!.Raw("</row>"u8);

    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _column++;
            return;
        }

        StartCell("\" t=\"inlineStr\""u8, ExcelText.NeedsQuotePrefix(value) ? _styles.QuotedText : 0);
        _xml!.Raw("<is>"u8);
        _xml.TypedText(value);
        _xml.Raw("</is></c>"u8);
    }

    public void Number(double? value)
    {
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number))
        {
            _column++;
            return;
        }

        WriteNumber(number, _columnStyles[_column]);
    }

    public void Moment(DateTime? utc)
    {
        if (utc is not { } moment)
        {
            _column++;
            return;
        }

        WriteNumber(UlaanbaatarTime.FromUtc(moment).ToOADate(), _columnStyles[_column]);
    }

    public void Day(DateOnly? date)
    {
        if (date is not { } day)
        {
            _column++;
            return;
        }

        WriteNumber(day.ToDateTime(TimeOnly.MinValue).ToOADate(), _styles.Date);
    }

    private void BeginRow(int number)
    {
        number.TryFormat(_rowNumber, out _rowNumberLength, default, CultureInfo.InvariantCulture);
        _xml!.Raw("<row r=\""u8);
        _xml.Raw(_rowNumber.AsSpan(0, _rowNumberLength));
        _xml.Raw("\">"u8);
        _column = 0;
    }

    /// <summary><c>&lt;c r="B7"</c>, the style if any, and the closing of the start tag.</summary>
    private void StartCell(ReadOnlySpan<byte> type, uint style)
    {
        var xml = _xml!;
        xml.Raw(_cellStarts[_column]);
        xml.Raw(_rowNumber.AsSpan(0, _rowNumberLength));
        xml.Raw(type);
        if (style != 0)
        {
            xml.Raw(" s=\""u8);
            xml.Number(style);
            xml.Raw("\">"u8);
        }
        else
        {
            xml.Raw(">"u8);
        }

        _column++;
    }

    private void WriteNumber(double value, uint style)
    {
        StartCell("\""u8, style);
        _xml!.Raw("<v>"u8);
        _xml.Number(value);
        _xml.Raw("</v></c>"u8);
    }

    private void WriteText(string text, uint style)
    {
        StartCell("\" t=\"inlineStr\""u8, style);
        _xml!.Raw("<is>"u8);
        _xml.TextElement(text);
        _xml.Raw("</is></c>"u8);
    }

    private void OpenSheet(string partPrefix)
    {
        var index = Sheets.Count(s => s.PartPrefix == partPrefix);
        var name = index == 0 ? _source!.Name : string.Create(CultureInfo.InvariantCulture, $"{_source!.Name} ({index + 1})");
        var part = string.Create(CultureInfo.InvariantCulture, $"worksheets/{partPrefix}-{index + 1}.xml");
        Sheets.Add(new StreamedSheet(name, part, partPrefix, _source.Columns.Count));
        _entry = _zip.CreateEntry("xl/" + part, CompressionLevel.Fastest).Open();
        _xml = new SheetXmlWriter(_entry);
        _xml.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"u8);
        _xml.Raw("<worksheet xmlns=\"" + SpreadsheetNs + "\">");
        _xml.Raw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"u8);
        _xml.Raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews><cols>"u8);
        for (var i = 0; i < _source.Columns.Count; i++)
        {
            _xml.Raw(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{_source.Columns[i].Width}\" customWidth=\"1\"/>"));
        }

        _xml.Raw("</cols><sheetData>"u8);
        _rowInSheet = 0;

        // The heading row.
        BeginRow(1);
        foreach (var column in _source.Columns)
        {
            WriteText(ExcelText.XmlSafe(column.Heading), _styles.Header);
        }

        _xml.Raw("</row>"u8);
    }

    private void CloseSheet()
    {
        if (_xml is null)
        {
            return;
        }

        var last = _letters[^1] + (_rowInSheet + 1).ToString(CultureInfo.InvariantCulture);
        _xml.Raw("</sheetData><autoFilter ref=\"A1:" + last + "\"/></worksheet>");
        _xml.Flush();
        _entry!.Dispose();
        _xml = null;
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
