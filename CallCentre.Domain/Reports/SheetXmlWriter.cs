using System.Buffers;
using System.Globalization;
using System.Text;

namespace CallCentre.Domain.Reports;

/// <summary>
/// The worksheet XML of a streamed sheet, written as UTF-8 bytes into a buffer flushed to the zip entry: the few
/// elements a data sheet needs (row, string and number cells) with their attributes formatted in place, so that a cell
/// costs no objects. <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/> did the same through an XmlWriter and a string
/// per value (a third of the export's time at a million rows).
/// </summary>
internal sealed class SheetXmlWriter
{
    private const int BufferSize = 1 << 16;

    // Text content escapes: markup characters, and carriage return as a reference so that readers keep it (XML
    // normalises a literal CR to LF). Tab and line feed stay literal.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> Spacing = SearchValues.Create("\t\n\r");

    // Anything that needs a second look: control characters (some are not XML, tab, line feed and carriage return ask
    // for preserved whitespace), markup, the two non-characters; surrogates are checked apart (a range).
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F&<>\uFFFE\uFFFF");

    private readonly Stream _output;
    private byte[] _buffer = new byte[BufferSize];
    private int _used;

    public SheetXmlWriter(Stream output)
    {
        _output = output;
    }

    /// <summary>Raw markup (an ASCII literal).</summary>
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_used));
        _used += utf8.Length;
    }

    /// <summary>Raw markup from a string that needs no escaping (numbers, references, fixed names).</summary>
    public void Raw(string ascii)
    {
        Ensure(ascii.Length * 3);
        _used += Encoding.UTF8.GetBytes(ascii, _buffer.AsSpan(_used));
    }

    public void Number(uint value)
    {
        Ensure(10);
        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    public void Number(double value)
    {
        Ensure(32);
        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>
    /// An inline string's <c>&lt;t&gt;</c> element of text anyone typed: characters XML cannot hold dropped
    /// (<see cref="ExcelText.XmlSafe"/>), markup escaped, whitespace preserved where a reader would otherwise trim it.
    /// Most text has none of these, and is found so by one vectorised scan.
    /// </summary>
    public void TypedText(string value)
    {
        if (value.Length == 0)
        {
            Raw("<t></t>"u8);
            return;
        }

        var span = value.AsSpan();
        if (span.IndexOfAny(Unusual) >= 0 || span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            TextElement(ExcelText.XmlSafe(value));
            return;
        }

        Raw(char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
        Ensure(Encoding.UTF8.GetMaxByteCount(span.Length));
        _used += Encoding.UTF8.GetBytes(span, _buffer.AsSpan(_used));
        Raw("</t>"u8);
    }

    /// <summary>An inline string's <c>&lt;t&gt;</c> element of XML-safe text, whitespace preserved where a reader would otherwise trim it.</summary>
    public void TextElement(string value)
    {
        var preserve = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.AsSpan().ContainsAny(Spacing));
        Raw(preserve ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
        Escape(value);
        Raw("</t>"u8);
    }

    /// <summary>Writes out what the buffer holds; call it before closing the output.</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            _output.Write(_buffer, 0, _used);
            _used = 0;
        }
    }

    private void Escape(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(Escaped);
            var run = special < 0 ? text : text[..special];
            Ensure(Encoding.UTF8.GetMaxByteCount(run.Length));
            _used += Encoding.UTF8.GetBytes(run, _buffer.AsSpan(_used));
            if (special < 0)
            {
                return;
            }

            Raw(text[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "&#xD;"u8,
            });
            text = text[(special + 1)..];
        }
    }

    private void Ensure(int bytes)
    {
        if (_used + bytes <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[bytes];
        }
    }
}
