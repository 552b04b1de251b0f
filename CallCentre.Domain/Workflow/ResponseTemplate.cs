namespace CallCentre.Domain.Workflow;

/// <summary>A ready answer an organisation keeps for common cases; the respond dialog fills its text in to edit.</summary>
public sealed class ResponseTemplate
{
    public const int TitleMaxLength = 200;

    private ResponseTemplate()
    {
    }

    public ResponseTemplate(int organisationId, string title, string text, string updatedById, DateTime nowUtc)
    {
        OrganisationId = organisationId;
        Update(title, text, updatedById, nowUtc);
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedById { get; private set; } = "";

    public void Update(string title, string text, string updatedById, DateTime nowUtc)
    {
        Ensure(ResponseTemplateRules.Title(title));
        Ensure(ResponseTemplateRules.Text(text));
        Title = title.Trim();
        Text = text.Trim();
        UpdatedById = updatedById;
        UpdatedAtUtc = nowUtc;
    }

    private static void Ensure(string? errorKey)
    {
        if (errorKey is not null)
        {
            throw new DomainException(errorKey);
        }
    }
}
