using System.Text.Json.Serialization;

namespace Pathway.Support.Plans;

/// <summary>
/// The area of life a plan's goal is in. The list joins two sources: the four sectoral areas of the
/// EU's Action plan on Integration and Inclusion 2021–2027 (COM(2020) 758: education and training,
/// employment and skills, health, housing) and, for what those four leave out, domains of the UK
/// Home Office's Indicators of Integration framework (2019): language and communication, rights and
/// responsibilities (here the person's legal status), safety, and social bonds (here family).
/// Income (benefits, debts, means of subsistence) is added because care plans of social assistance
/// deal with it and neither list makes it an area of its own.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GoalArea>))]
public enum GoalArea
{
    Housing,
    Health,
    Education,
    Language,
    Employment,
    Income,
    LegalStatus,
    Family,
    Safety,
    Other,
}
