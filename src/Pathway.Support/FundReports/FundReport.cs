using Pathway.Support.Beneficiaries;
using Pathway.Support.Helpline;
using Pathway.Support.Trainings;

namespace Pathway.Support.FundReports;

/// <summary>
/// The indicators a fund (AMIF and others) asks of one funded project for a period: the persons
/// assisted and by which service, the helpline's calls, the persons trained by area and the
/// institutions supported. Counts only: no person is named in it.
/// </summary>
/// <param name="Helpline">The office's helpline figures; null when the reader may not read them (an NGO's staff), or the office runs no helpline.</param>
public sealed record FundReport(
    string Project, DateOnly From, DateOnly To, string Organisations, int PersonsAssisted, int ServicesGiven,
    IReadOnlyList<ServiceFigure> ByService, HelplineFigures? Helpline, TrainingFigures Trainings)
{
    public int PersonsOf(ServiceKind kind) => ByService.FirstOrDefault(s => s.Kind == kind)?.Persons ?? 0;
}

/// <summary>How many persons received one kind of service for the project in the period, and how many times it was given.</summary>
public sealed record ServiceFigure(ServiceKind Kind, int Persons, int Services);
