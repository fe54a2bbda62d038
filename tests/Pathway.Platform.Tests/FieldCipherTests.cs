using System.Security.Cryptography;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;

namespace Pathway.Platform.Tests;

public sealed class FieldCipherTests
{
    private static readonly Guid TenantA = Guid.Parse("0190a1b2-0000-7000-8000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("0190a1b2-0000-7000-8000-00000000000b");
    private readonly FieldCipher cipher = new(MasterKey.FromBytes(RandomNumberGenerator.GetBytes(32)));

    [Theory]
    [InlineData("Trafficked for forced labour; injuries to the left hand.")]
    [InlineData("")]
    [InlineData("زن ۳۴ ساله، بارداری در ماه ششم — 中文 — Ünïcödé 😀")]
    public void Sealed_OpensToItsText(string text)
    {
        var stored = cipher.Seal(TenantA, 1, "support.needs.note", text);
        stored.ShouldStartWith("pw1:1:");
        cipher.Open(TenantA, "support.needs.note", stored).ShouldBe(text);
    }

    [Fact]
    public void Sealed_DoesNotShowItsText()
    {
        var stored = cipher.Seal(TenantA, 1, "support.needs.note", "pregnant, sixth month");
        stored.ShouldNotContain("pregnant");
        Convert.FromBase64String(stored["pw1:1:".Length..]).ShouldNotBeEmpty();
    }

    [Fact]
    public void SameText_SealsDifferentlyEachTime() =>
        cipher.Seal(TenantA, 1, "p", "same").ShouldNotBe(cipher.Seal(TenantA, 1, "p", "same"));

    [Fact]
    public void AnotherTenantsRow_DoesNotOpen()
    {
        // A value copied into another tenant's row must not open there: the tenant is part of what it was sealed with.
        var stored = cipher.Seal(TenantA, 1, "support.needs.note", "secret");
        Should.Throw<FieldCipherException>(() => cipher.Open(TenantB, "support.needs.note", stored));
    }

    [Fact]
    public void AnotherField_DoesNotOpen()
    {
        var stored = cipher.Seal(TenantA, 1, "support.needs.note", "secret");
        Should.Throw<FieldCipherException>(() => cipher.Open(TenantA, "support.gbv.place", stored)).Purpose.ShouldBe("support.gbv.place");
    }

    [Fact]
    public void AnotherMasterKey_DoesNotOpen()
    {
        var stored = cipher.Seal(TenantA, 1, "p", "secret");
        var other = new FieldCipher(MasterKey.FromBytes(RandomNumberGenerator.GetBytes(32)));
        Should.Throw<FieldCipherException>(() => other.Open(TenantA, "p", stored));
    }

    [Fact]
    public void SameMasterKey_InAnotherProcess_Opens()
    {
        // Every node derives the same tenant keys from the master key: nothing else is shared.
        var key = RandomNumberGenerator.GetBytes(32);
        var stored = new FieldCipher(MasterKey.FromBytes(key)).Seal(TenantA, 3, "p", "secret");
        new FieldCipher(MasterKey.FromBytes(key)).Open(TenantA, "p", stored).ShouldBe("secret");
    }

    [Fact]
    public void ChangedVersionInTheText_DoesNotOpen()
    {
        var stored = cipher.Seal(TenantA, 1, "p", "secret");
        Should.Throw<FieldCipherException>(() => cipher.Open(TenantA, "p", "pw1:2:" + stored["pw1:1:".Length..]));
    }

    [Theory]
    [InlineData("pw1:1:not base64")]
    [InlineData("pw1:1:AAAA")]
    public void DamagedValue_DoesNotOpen(string stored) =>
        Should.Throw<FieldCipherException>(() => cipher.Open(TenantA, "p", stored));

    [Theory]
    [InlineData("written before sealing began")]
    [InlineData("pw1:")]
    [InlineData("pw1:x:abc")]
    [InlineData("pw1:0:abc")]
    public void ValueNeverSealed_IsReadAsItIs(string stored)
    {
        FieldCipher.IsSealed(stored).ShouldBeFalse();
        cipher.Open(TenantA, "p", stored).ShouldBe(stored);
    }

    [Fact]
    public void Version_IsReadFromTheText() =>
        FieldCipher.VersionOf(cipher.Seal(TenantA, 12, "p", "x")).ShouldBe(12);

    [Fact]
    public void RecordWithoutTenant_IsNotSealed() =>
        Should.Throw<InvalidOperationException>(() => cipher.Seal(Guid.Empty, 1, "p", "x"));

    [Fact]
    public void KeyFile_IsMadeOnceAndReadAfter()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pathway-key-{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "pathway.master-key");
        try
        {
            var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=x.db", MasterKeyFile = file };
            var stored = new FieldCipher(MasterKey.Load(options)).Seal(TenantA, 1, "p", "secret");
            File.Exists(file).ShouldBeTrue();
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            new FieldCipher(MasterKey.Load(options)).Open(TenantA, "p", stored).ShouldBe("secret");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void KeyFileWithoutAKey_NamesTheSetting()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "not a key");
            var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=x.db", MasterKeyFile = file };
            Should.Throw<InvalidConfigurationException>(() => MasterKey.Load(options)).Setting.ShouldBe("Protection:MasterKeyFile");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
