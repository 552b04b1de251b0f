namespace CallCentre.Domain.Cases;

/// <summary>How the search box's text was read.</summary>
public enum CaseSearchKind
{
    /// <summary>No text: only the filters apply.</summary>
    None,

    /// <summary>A full reference number (check digit right), or its year and sequence without the check digit.</summary>
    Reference,

    /// <summary>A phone number in any format, compared in E.164.</summary>
    Phone,

    /// <summary>Words of the subject and description, Cyrillic or Latin.</summary>
    Words,
}
