namespace Pathway.Matching;

/// <summary>What one field contributed to a pair's score: its level and the log2 Bayes factor (bits).</summary>
public sealed record FieldWeight(string Field, FieldRole Role, string Level, double Weight, string? LeftValue, string? RightValue);
