namespace CallCentre.Domain.Privacy;

/// <summary>The kinds of personal data the classification names; each has its own masked form.</summary>
public enum PersonalDataKind
{
    /// <summary>A person's name: the first letter shows.</summary>
    Name,

    /// <summary>A phone number: the last two digits show.</summary>
    Phone,

    /// <summary>An e-mail address: the domain shows.</summary>
    Email,

    /// <summary>A national register number: the masked form <c>RegisterNumber</c> defines.</summary>
    RegisterNumber,

    /// <summary>An address, coordinates, free text (description, comments, answers) or a file's name: nothing shows.</summary>
    Hidden,
}
