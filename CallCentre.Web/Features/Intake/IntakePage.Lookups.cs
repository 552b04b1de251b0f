using CallCentre.Domain.Cases;
using CallCentre.Domain.Routing;

namespace CallCentre.Web.Features.Intake;

/// <summary>The lookups that follow the typing: the caller's history, possible duplicates and the routing proposal.</summary>
public sealed partial class IntakePage
{
    private async Task RefreshLookupsInBackgroundAsync()
    {
        try
        {
            await RefreshLookupsAsync();
            StateHasChanged();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed lookup only leaves a panel out of date; the form and the draft are untouched.
            Logger.LogError(e, "A lookup on the intake page failed");
        }
    }

    private async Task RefreshLookupsAsync()
    {
        await RefreshHistoryAsync();
        await RefreshProposalAsync();
        await RefreshDuplicatesAsync();
    }

    private async Task RefreshHistoryAsync()
    {
        var phone = PhoneNumber.TryParse(_form.Phone, out var number) ? number.E164 : null;
        if (phone == _historyFor || _user is null)
        {
            return;
        }

        _historyFor = phone;
        var lookup = Restart(ref _historyLookup);
        if (phone is null)
        {
            _history = [];
            return;
        }

        try
        {
            var entries = await FindCallerHistory.RunAsync(new FindCallerHistoryInput(phone), _user.ToActor(), lookup.Token);
            if (!lookup.IsCancellationRequested)
            {
                _history = entries;
            }
        }
        catch (OperationCanceledException)
        {
            // The phone changed while looking; the newer lookup answers.
        }
    }

    private async Task RefreshProposalAsync()
    {
        var key = (_form.TopicId, _form.RegionId, _form.DistrictId);
        if (key == _proposalFor)
        {
            return;
        }

        _proposalFor = key;
        var lookup = Restart(ref _proposalLookup);
        if (_form.TopicId is not { } topicId || _user is null)
        {
            _proposal = null;
            return;
        }

        try
        {
            var proposal = await ProposeRoute.RunAsync(new ProposeRouteInput(topicId, _form.RegionId, _form.DistrictId), _user.ToActor(), lookup.Token);
            if (!lookup.IsCancellationRequested)
            {
                _proposal = proposal;
            }
        }
        catch (OperationCanceledException)
        {
            // Topic or place changed while looking.
        }
    }

    private async Task RefreshDuplicatesAsync()
    {
        var query = new FindPossibleDuplicatesInput(_historyFor, _form.TopicId, _form.RegionId, _form.DistrictId);
        if (query == _duplicatesFor || _user is null)
        {
            return;
        }

        _duplicatesFor = query;
        var lookup = Restart(ref _duplicatesLookup);
        try
        {
            var duplicates = await FindPossibleDuplicates.RunAsync(query, _user.ToActor(), lookup.Token);
            if (!lookup.IsCancellationRequested)
            {
                _duplicates = duplicates;
            }
        }
        catch (OperationCanceledException)
        {
            // What a duplicate could share changed while looking.
        }
    }

    private static CancellationTokenSource Restart(ref CancellationTokenSource? lookup)
    {
        lookup?.Cancel();
        lookup?.Dispose();
        lookup = new CancellationTokenSource();
        return lookup;
    }
}
