using Pathway.Platform.ApiKeys;

namespace Pathway.Platform.Tests;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void Create_KeyCarriesItsPrefix_AndMatchesOnlyItsHash()
    {
        var (key, prefix, hash) = ApiKeySecret.Create();
        key.ShouldStartWith($"pwk_{prefix}_");
        ApiKeySecret.PrefixOf(key).ShouldBe(prefix);
        ApiKeySecret.Matches(key, hash).ShouldBeTrue();
        ApiKeySecret.Matches(key + "x", hash).ShouldBeFalse();
        hash.ShouldNotContain(key[(prefix.Length + 5)..]);
    }

    [Fact]
    public void Create_TwoKeys_Differ() => ApiKeySecret.Create().Key.ShouldNotBe(ApiKeySecret.Create().Key);

    [Theory]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("pwk_short_secret")]
    [InlineData("pwk_0123456789_secret")]
    public void PrefixOf_MalformedKey_IsNull(string key) => ApiKeySecret.PrefixOf(key).ShouldBeNull();

    [Fact]
    public void IsActive_RevokedOrExpired_IsFalse()
    {
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        var key = new ApiKey { Name = "reader", Prefix = "abcd1234", SecretHash = "", Scopes = "persons.read", ExpiresAt = now.AddDays(1) };
        key.IsActive(now).ShouldBeTrue();
        key.IsActive(now.AddDays(2)).ShouldBeFalse();
        key.RevokedAt = now;
        key.IsActive(now).ShouldBeFalse();
    }
}
