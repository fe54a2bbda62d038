using System.Runtime.InteropServices;

namespace Pathway.Matching.Clustering;

/// <summary>A scored pair at or above the link threshold; weight in log2 odds.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct Link(int Left, int Right, double Weight);
