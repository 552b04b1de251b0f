namespace CallCentre.Web.Features.Attachments;

/// <summary>Marker for the strings of a case's attachments: the list, the upload control and its messages.</summary>
public sealed class AttachmentResource;
