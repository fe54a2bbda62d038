using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Platform.Ui;

/// <summary>
/// Base of a workspace card (<see cref="Modules.WorkspaceCard"/>). The staff home page renders its
/// cards side by side, and their initialisations run at the same time: a card that shared the
/// request's database context with another would start a second operation on it. Each read here
/// gets a scope of its own; the tenancy filter still follows the request's user.
/// </summary>
public abstract class WorkspaceCardBase : ComponentBase
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected async Task<T> ReadAsync<TService, T>(Func<TService, Task<T>> read)
        where TService : notnull
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
