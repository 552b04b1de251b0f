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

    /// <summary>An inline string's <c>&lt;t&gt;</c> element, whitespace preserved where a reader would otherwise trim it.</summary>
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
