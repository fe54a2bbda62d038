namespace Pathway.People.Duplicates;

public enum SuspicionSource
{
    Registration = 0,
    Scan = 1,
    LostStolenImport = 2,
}
