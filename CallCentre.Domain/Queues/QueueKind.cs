namespace CallCentre.Domain.Queues;

/// <summary>The call centre's worklists of cases that wait on a supervisor or have waited too long on an agency.</summary>
public enum QueueKind
{
    /// <summary>Returned by an organisation as not theirs, to be re-routed.</summary>
    Returned,

    /// <summary>The citizen disputed the response; reopened and not yet answered again.</summary>
    Disputed,

    /// <summary>An extension the organisation's head has left unanswered too long.</summary>
    ExtensionsPending,
}
