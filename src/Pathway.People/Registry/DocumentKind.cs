namespace Pathway.People.Registry;

public enum DocumentKind
{
    Passport = 0,
    NationalIdCard = 1,
    ResidenceCard = 2,
    Visa = 3,
    TravelDocument = 4,
}
