using Pathway.People.Registry;

namespace Pathway.People.Demo;

/// <summary>A generated record and the real person it stands for (the ground truth for duplicate detection).</summary>
internal sealed record DemoRecord(Person Person, Guid RealPerson);
