namespace CallCentre.Domain.Cases;

/// <summary>How much of a caller a viewer may see, and why not all.</summary>
public enum CallerMask
{
    /// <summary>Everything: call-centre staff and administrators, and agencies on cases that are not confidential.</summary>
    None,

    /// <summary>Nothing: the case is confidential and the viewer works for the agency handling it.</summary>
    Confidential,

    /// <summary>Masked personal data: the viewer (an auditor) does not hold the personal-data permission.</summary>
    PersonalData,
}
