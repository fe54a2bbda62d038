[assembly: AssemblyFixture(typeof(Pathway.Testing.PostgresServer))]
[assembly: Pathway.Testing.CheckServerErrors]
