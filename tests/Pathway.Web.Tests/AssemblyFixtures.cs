[assembly: AssemblyFixture(typeof(Pathway.Testing.PostgresServer))]
