using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>Hands out the configured provider's context as the abstract <see cref="CallCentreDbContext"/>.</summary>
public sealed class CallCentreDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CallCentreDbContext>
    where TContext : CallCentreDbContext
{
    public CallCentreDbContext CreateDbContext() => inner.CreateDbContext();
}
