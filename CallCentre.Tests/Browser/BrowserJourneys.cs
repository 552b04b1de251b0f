namespace CallCentre.Tests.Browser;

/// <summary>Browser tests run one after another on the one app and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
