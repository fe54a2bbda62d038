using Pathway.Matching.Clustering;

namespace Pathway.Matching.Tests;

public sealed class ClusteringTests
{
    [Fact]
    public void Cluster_BridgeRecordWithStrongNegativeEvidence_DoesNotChain()
    {
        // A~B and B~C strongly, but A and C are clearly different people.
        double Weight(int i, int j) => (Math.Min(i, j), Math.Max(i, j)) switch
        {
            (0, 1) => 12,
            (1, 2) => 11,
            (0, 2) => -40,
            _ => -40,
        };
        var clusterer = new PersonClusterer(Weight, linkWeight: 0, mergeWeight: 0, clip: 30);
        var cluster = clusterer.Cluster(3, [new Link(0, 1, 12), new Link(1, 2, 11)], TestContext.Current.CancellationToken);
        cluster.Distinct().Count().ShouldBeGreaterThan(1);
        cluster[0].ShouldBe(cluster[1]);
    }

    [Fact]
    public void Cluster_ConsistentGroup_StaysTogether()
    {
        double Weight(int i, int j) => (Math.Min(i, j), Math.Max(i, j)) == (0, 2) ? -2 : 15;
        var clusterer = new PersonClusterer(Weight, linkWeight: 0, mergeWeight: 0, clip: 30);
        var cluster = clusterer.Cluster(4, [new Link(0, 1, 15), new Link(1, 2, 15)], TestContext.Current.CancellationToken);
        cluster[0].ShouldBe(cluster[1]);
        cluster[1].ShouldBe(cluster[2]);
        cluster[3].ShouldNotBe(cluster[0]);
    }
}
