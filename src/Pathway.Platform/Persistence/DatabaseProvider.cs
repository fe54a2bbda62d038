namespace Pathway.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
