using System.Net;
using System.Net.Http.Headers;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Attachments;

public sealed class AttachmentEndpointTests(AttachmentWebFactory factory) : IClassFixture<AttachmentWebFactory>
{
    private string RecordingUrl => $"/cases/{factory.CaseId}/attachments/{factory.RecordingId}";

    [Fact]
    public void Attachments_AreStoredInTheConfiguredFolder()
    {
        Assert.Equal(2, Directory.GetFiles(factory.AttachmentsFolder, "*.bin", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Download_RangeOfARecording_Answers206WithThoseBytes()
    {
        var client = await WebSignIn.ClientForAsync(factory, "operator@demo.1111.mn");
        using var request = new HttpRequestMessage(HttpMethod.Get, RecordingUrl);
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(factory.Recording[100..200], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new ContentRangeHeaderValue(100, 199, factory.Recording.Length), response.Content.Headers.ContentRange);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_Recording_IsServedInlineWithoutSniffing()
    {
        var client = await WebSignIn.ClientForAsync(factory, "officer.usug@demo.1111.mn");

        using var response = await client.GetAsync(RecordingUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(factory.Recording, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("дуудлага.mp3", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
    }

    [Fact]
    public async Task Download_Document_IsServedAsAnAttachment()
    {
        var client = await WebSignIn.ClientForAsync(factory, "operator@demo.1111.mn");

        using var response = await client.GetAsync($"/cases/{factory.CaseId}/attachments/{factory.DocumentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_ByAgencyOfficerOfAnotherOrganisation_IsNotFound()
    {
        var client = await WebSignIn.ClientForAsync(factory, "officer.gpd@demo.1111.mn");

        using var response = await client.GetAsync(RecordingUrl);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("ID3", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_OfAFileUnderAnotherCasesNumber_IsNotFound()
    {
        var client = await WebSignIn.ClientForAsync(factory, "operator@demo.1111.mn");

        using var response = await client.GetAsync($"/cases/{factory.CaseId + 1}/attachments/{factory.RecordingId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_WithoutSigningIn_RedirectsToSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(RecordingUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
