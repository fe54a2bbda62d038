namespace Pathway.Platform.Ui;

/// <summary>
/// Keeps a component's work on its database context to one operation at a time. A section that
/// takes a list from its page is given its parameters again whenever the page renders again, so on
/// a static page its reads can start anew before the last ones ended (after a form of the page was
/// handled, say), and a context refuses a second operation while one runs.
/// </summary>
public sealed class OneAtATime
{
    // Never waited on through its wait handle, so it holds nothing that needs disposing.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task RunAsync(Func<Task> work)
    {
        await gate.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            gate.Release();
        }
    }
}
