using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Domain.Cases;

public sealed class SearchKeysTests
{
    [Theory]
    [InlineData("Баянзүрх")]
    [InlineData("Bayanzürkh")]
    [InlineData("bayanzurkh")]
    [InlineData("BAYANZURH")]
    public void Fold_CyrillicAndLatinSpellings_MeetOnOneKey(string word) =>
        Assert.Equal("baianzurh", SearchKeys.Fold(word));

    [Fact]
    public void Fold_KeysHoldOnlyLatinLettersAndDigits() =>
        Assert.Matches("^[a-z0-9]+$", SearchKeys.Fold("Өвөрхангай-Ёөщъ2026"));

    [Fact]
    public void ForText_SplitsWordsDropsShortOnesAndRepeats()
    {
        var keys = SearchKeys.ForText("Хан-Уул дүүрэг, 5-р хороо", "хороо ус");

        Assert.Equal(["han", "ul", "dureg", "horo", "us"], keys);
    }

    [Fact]
    public void ForText_VeryLongWord_IsCutToTheKeyLength() =>
        Assert.Equal(SearchKeys.MaxLength, SearchKeys.ForText(new string('б', 10) + "агвдежзиклмнпрстфхцчшэюя").Single().Length);

    [Fact]
    public void ForQuery_ShortWordsMatchExactly_LongerOnesAsPrefixes()
    {
        var keys = SearchKeys.ForQuery("ус баянзүрх");

        Assert.Equal([new SearchKey("us", false), new SearchKey("baianzurh", true)], keys);
    }

    [Fact]
    public void UpperBound_IsTheFirstKeyAfterEveryKeyWithThePrefix()
    {
        var key = new SearchKey("bai", true);

        Assert.True(string.CompareOrdinal("baianzurh", key.UpperBound) < 0);
        Assert.True(string.CompareOrdinal("baj", key.UpperBound) >= 0);
    }
}
