using System.Reflection;
using Xunit.v3;

namespace Pathway.Testing;

/// <summary>On a test assembly: after every test, <see cref="ServerErrorCheck"/> looks at the logs of the servers the test used.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class CheckServerErrorsAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => ServerErrorCheck.TestStarting(test.TestCase.TestCollection.UniqueID);

    public override void After(MethodInfo methodUnderTest, IXunitTest test) => ServerErrorCheck.TestFinished(test.TestCase.TestCollection.UniqueID);
}
