using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace CallCentre.Web.Features.Accounts.Shared;

/// <summary>
/// The checks of a static account form, with messages the page takes from its resources: DataAnnotations messages
/// would stay in English, and these forms are checked on the server anyway. <c>ValidationMessage</c> shows them.
/// </summary>
internal sealed class FormErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _store;

    public FormErrors(EditContext context)
    {
        _context = context;
        _store = new ValidationMessageStore(context);
    }

    public bool IsValid => !_context.GetValidationMessages().Any();

    public void Clear()
    {
        _store.Clear();
        _context.NotifyValidationStateChanged();
    }

    /// <summary>Adds <paramref name="message"/> to the field unless <paramref name="ok"/>.</summary>
    public void Check(bool ok, Expression<Func<object>> field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }
    }

    public void Add(Expression<Func<object>> field, string message)
    {
        _store.Add(field, message);
        _context.NotifyValidationStateChanged();
    }
}
