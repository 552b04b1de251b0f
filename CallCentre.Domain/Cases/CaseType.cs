namespace CallCentre.Domain.Cases;

/// <summary>The seven kinds of contact as the 11-11 Centre names them.</summary>
public enum CaseType
{
    /// <summary>Гомдол.</summary>
    Complaint,

    /// <summary>Хүсэлт.</summary>
    Request,

    /// <summary>Санал.</summary>
    Suggestion,

    /// <summary>Шүүмжлэл.</summary>
    Criticism,

    /// <summary>Мэдээлэл.</summary>
    Information,

    /// <summary>Талархал.</summary>
    Appreciation,

    /// <summary>Лавлагаа.</summary>
    Enquiry,
}
