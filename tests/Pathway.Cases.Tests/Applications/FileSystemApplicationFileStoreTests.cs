using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pathway.Cases.Applications;

namespace Pathway.Cases.Tests.Applications;

public sealed class FileSystemApplicationFileStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"pathway-files-{Guid.NewGuid():N}");

    private FileSystemApplicationFileStore Store() =>
        new(Options.Create(new ApplicationOptions { FileFolder = folder }), new Environment(Path.GetTempPath()));

    [Fact]
    public async Task Save_KeepsTheBytesUnderTheKey_AndDeleteRemovesThem()
    {
        var store = Store();
        byte[] content = [1, 2, 3, 4];

        var key = await store.SaveAsync(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), content, TestContext.Current.CancellationToken);
        await using (var read = await store.OpenAsync(key, TestContext.Current.CancellationToken))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy, TestContext.Current.CancellationToken);
            copy.ToArray().ShouldBe(content);
        }

        await store.DeleteAsync(key, TestContext.Current.CancellationToken);
        (await store.OpenAsync(key, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_Interrupted_LeavesNoFileBehind()
    {
        var store = Store();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Exception? thrown = null;
        try
        {
            await store.SaveAsync(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new byte[100_000], cancelled.Token);
        }
        catch (OperationCanceledException exception)
        {
            thrown = exception;
        }

        thrown.ShouldNotBeNull();

        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Open_AKeyLeadingOutOfTheFolder_IsRefused()
    {
        await Should.ThrowAsync<ArgumentException>(() => Store().OpenAsync("../../etc/passwd", TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Pathway";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
