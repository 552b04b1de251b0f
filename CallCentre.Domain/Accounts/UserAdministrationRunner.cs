using CallCentre.Domain.UseCases;
using CallCentre.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Accounts;

/// <summary>
/// Runs one user-admin change in its own service scope (a fresh DbContext and UserManager, not the circuit's)
/// and in one transaction: a change that is refused half-way through, or throws, leaves nothing behind.
/// </summary>
public sealed class UserAdministrationRunner(IServiceScopeFactory scopes)
{
    public async Task<SaveResult<string>> RunAsync(Func<UserAdministrationContext, Task<SaveResult<string>>> change, CancellationToken cancellationToken)
    {
        await using var outer = scopes.CreateAsyncScope();

        // SQL Server retries on transient failures; a retried attempt starts over in a fresh scope.
        var strategy = outer.ServiceProvider.GetRequiredService<CallCentreDbContext>().Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = new UserAdministrationContext(
                scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
                scope.ServiceProvider.GetRequiredService<CallCentreDbContext>());
            await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
            var result = await change(context);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        });
    }
}
