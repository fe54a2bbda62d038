using Microsoft.AspNetCore.Identity;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Tests;

public sealed class RecoveryCodeTests
{
    [Theory]
    [InlineData("593JR-5PFXJ")]
    [InlineData("593JR 5PFXJ")]
    [InlineData("593JR5PFXJ")]
    [InlineData("593jr-5pfxj")]
    [InlineData("593jr5pfxj")]
    [InlineData("  593Jr – 5pFxJ ")]
    public void Normalise_AsPeopleTypeIt_GivesTheStoredForm(string typed) => RecoveryCode.Normalise(typed).ShouldBe("593JR-5PFXJ");

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData("", "")]
    public void Normalise_AuthenticatorCode_StaysSixDigits(string typed, string expected) => RecoveryCode.Normalise(typed).ShouldBe(expected);

    [Fact]
    public void Normalise_CodesIdentityGenerates_AreLeftAsTheyAre()
    {
        var manager = new ExposedUserManager();
        for (var i = 0; i < 50; i++)
        {
            var code = manager.NewRecoveryCode();
            RecoveryCode.Normalise(code).ShouldBe(code);
            RecoveryCode.Normalise(code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)).ShouldBe(code);
        }
    }

    /// <summary>Reaches Identity's own generator, so a change of its format breaks this test, not sign-ins.</summary>
    private sealed class ExposedUserManager() : UserManager<PathwayUser>(new NoStore(), null!, null!, null!, null!, null!, null!, null!, null!)
    {
        public string NewRecoveryCode() => CreateTwoFactorRecoveryCode();
    }

    private sealed class NoStore : IUserStore<PathwayUser>
    {
        public void Dispose()
        {
        }

        public Task<string> GetUserIdAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetUserNameAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetUserNameAsync(PathwayUser user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetNormalizedUserNameAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetNormalizedUserNameAsync(PathwayUser user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> CreateAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> UpdateAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> DeleteAsync(PathwayUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PathwayUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PathwayUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
