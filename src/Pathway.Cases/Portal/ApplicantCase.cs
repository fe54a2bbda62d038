using Pathway.Cases.Appointments;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Portal;

/// <summary>One of the applicant's cases as they see it: the record, the terms now running, their visits.</summary>
public sealed record ApplicantCase(ResidenceCase Case, string TypeName, Deadline? NoticeTerm, Deadline? AppealTerm, IReadOnlyList<ApplicantVisit> Visits, IReadOnlyList<CaseMessage> Messages,
    Confirmations.StayConfirmation? Confirmation);

/// <summary>A booked visit to the office, in the office's time.</summary>
public sealed record ApplicantVisit(DateTime LocalStart, AppointmentService Service, string Office, string Address, BookingStatus Status);

/// <summary>A line of the applicant's list of cases.</summary>
public sealed record ApplicantCaseSummary(ResidenceCase Case, string TypeName, Deadline? NoticeTerm, Deadline? AppealTerm);
