using System.Text;
using System.Xml.Linq;
using CallCentre.Domain.Reports;

namespace CallCentre.Tests.Domain.Reports;

public sealed class SheetXmlWriterTests
{
    /// <summary>Writes <paramref name="typed"/> as a text element and reads it back with an XML parser.</summary>
    private static (string Text, bool Preserved, string Xml) RoundTrip(string typed)
    {
        using var output = new MemoryStream();
        var writer = new SheetXmlWriter(output);
        writer.Raw("<is>"u8);
        writer.TypedText(typed);
        writer.Raw("</is>"u8);
        writer.Flush();
        var xml = Encoding.UTF8.GetString(output.ToArray());
        var t = XElement.Parse(xml).Elements().Single();
        return (t.Value, t.Attribute(XNamespace.Xml + "space")?.Value == "preserve", xml);
    }

    [Theory]
    [InlineData("Халуун ус 3 хоног байхгүй")]
    [InlineData("Plain text, \"quoted\" and 'apostrophes'")]
    [InlineData("emoji 😀 and Монгол")]
    public void OrdinaryText_IsWrittenAsIs_WithoutPreservedSpace(string typed)
    {
        var (text, preserved, _) = RoundTrip(typed);

        Assert.Equal((typed, false), (text, preserved));
    }

    [Theory]
    [InlineData("a & b <c> d", "a & b <c> d")]
    [InlineData("line one\r\nline two\ttabbed", "line one\r\nline two\ttabbed")]
    [InlineData(" leading and trailing ", " leading and trailing ")]
    [InlineData("bell\u0007 and form feed\u000C gone", "bell and form feed gone")]
    [InlineData("]]> is not a CDATA end", "]]> is not a CDATA end")]
    public void MarkupWhitespaceAndNonXmlCharacters_ArriveAsTyped_OrDropped(string typed, string expected)
    {
        var (text, _, _) = RoundTrip(typed);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void LoneSurrogatesAndNonCharacters_AreDropped_PairsKept()
    {
        var typed = "lone " + '\uD800' + " surrogate " + '\uFFFF' + " pair 😀";

        Assert.Equal("lone  surrogate  pair 😀", RoundTrip(typed).Text);
    }

    [Theory]
    [InlineData(" x", true)]
    [InlineData("x\n", true)]
    [InlineData("a\tb", true)]
    [InlineData("a b", false)]
    public void Whitespace_IsPreservedWhereAReaderWouldTrimIt(string typed, bool preserve)
    {
        Assert.Equal(preserve, RoundTrip(typed).Preserved);
    }

    [Fact]
    public void CarriageReturn_IsACharacterReference_SoThatParsersKeepIt()
    {
        Assert.Contains("&#xD;", RoundTrip("a\rb").Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void TextLongerThanTheBuffer_IsWrittenWhole()
    {
        var typed = string.Concat(Enumerable.Repeat("Улаанбаатар & ", 20_000));

        Assert.Equal(typed, RoundTrip(typed).Text);
    }
}
