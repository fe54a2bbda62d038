[assembly: AssemblyFixture(typeof(Pathway.E2E.Tests.Browser))]
[assembly: Pathway.Testing.CheckServerErrors]
