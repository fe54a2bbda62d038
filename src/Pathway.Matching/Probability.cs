namespace Pathway.Matching;

/// <summary>Conversions between probabilities and log2 odds ("weights", in bits).</summary>
internal static class Probability
{
    // Keeps a level that never occurred in training from becoming an infinite weight.
    public const double Floor = 1e-7;

    public static double Clamp(double p) => Math.Clamp(p, Floor, 1 - Floor);

    public static double ToWeight(double p) => Math.Log2(Clamp(p) / (1 - Clamp(p)));

    public static double FromWeight(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));
}
