[assembly: AssemblyFixture(typeof(Pathway.E2E.Tests.Browser))]
