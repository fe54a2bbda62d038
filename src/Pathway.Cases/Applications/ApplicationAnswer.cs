using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;

namespace Pathway.Cases.Applications;

/// <summary>An application as the API shows it to its owner, with what is still missing.</summary>
public sealed record ApplicationAnswer(
    Guid Id, string ApplicationType, string State, int Version, string Purpose, IReadOnlyList<string> Steps,
    ApplicationFields Fields, IReadOnlyList<ApplicationFileAnswer> Files, IReadOnlyList<ChecklistAnswer> Checklist, bool Complete,
    decimal? StampDutyPln, string? CaseNumber, DateTime? SubmittedAt, string? SignatureMethod, FeeAnswer? Fee)
{
    public static ApplicationAnswer Of(OnlineApplication a, Catalogue.CatalogueEntry? entry, ApplicationChecklist? checklist, IStringLocalizer<CasesText> text)
    {
        var purpose = entry is null ? ApplicationPurpose.Other : ApplicationPurposes.Of(entry);
        return new(
            a.Id, a.ApplicationType, Camel(a.State.ToString()), a.Version, Camel(purpose.ToString()), ApplicationSteps.For(purpose),
            new ApplicationFields(a.Surname, a.GivenNames, a.BirthDate, a.Sex, a.Citizenship, a.PassportNumber, a.PassportExpiresOn,
                a.Purpose, a.AddressStreet, a.AddressPostalCode, a.AddressCity, a.EmployerName, a.EmployerNip, a.SchoolName),
            [.. a.Files.OrderBy(f => f.UploadedAt).Select(f => new ApplicationFileAnswer(f.Id, f.DocumentCode, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt))],
            [.. (checklist?.Lines ?? []).Select(l => new ChecklistAnswer(l.Key, text[l.Label], l.Step, l.IsDocument, l.Done))],
            checklist?.IsComplete ?? false,
            a.FeeAmountPln ?? entry?.StampDuty?.AmountPln, a.CaseNumber, a.SubmittedAt, a.SignatureMethod,
            a.FeeMethod is { } method ? new FeeAnswer(Camel(method.ToString()), a.FeeAmountPln, a.FeeReference, a.FeePaidOn) : null);
    }

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

public sealed record ApplicationFields(
    string? Surname, string? GivenNames, DateOnly? BirthDate, string? Sex, string? Citizenship, string? PassportNumber, DateOnly? PassportExpiresOn,
    string? Purpose, string? AddressStreet, string? AddressPostalCode, string? AddressCity, string? EmployerName, string? EmployerNip, string? SchoolName);

public sealed record ApplicationFileAnswer(Guid Id, string Document, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

public sealed record ChecklistAnswer(string Key, string Label, string Step, bool Document, bool Done);

public sealed record FeeAnswer(string Method, decimal? AmountPln, string? Reference, DateOnly? PaidOn);

public sealed record ApplicationSummary(Guid Id, string ApplicationType, string State, int Version, DateTime UpdatedAt, string? CaseNumber);

public sealed record StartApplicationRequest(string? ApplicationType);

public sealed record MrzRequest(int? Version, string? Mrz);

public sealed record SubmitApplicationRequest(int? Version, string? Code, string? FeeMethod, string? FeeReference, string? FeePaidOn);
