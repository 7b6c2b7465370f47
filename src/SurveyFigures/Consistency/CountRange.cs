namespace SurveyFigures.Consistency;

/// <summary>A contiguous range of whole counts, possibly empty (when Min &gt; Max).</summary>
internal readonly record struct CountRange(int Min, int Max)
{
    public static readonly CountRange Empty = new(1, 0);

    public bool IsEmpty => Min > Max;
    public int Size => IsEmpty ? 0 : Max - Min + 1;
    public bool Contains(int k) => k >= Min && k <= Max;

    /// <summary>Whether some count lies in both ranges.</summary>
    public bool Overlaps(CountRange other) => !IsEmpty && !other.IsEmpty && Min <= other.Max && other.Min <= Max;

    /// <summary>The counts in both ranges (empty when none is).</summary>
    public CountRange Intersect(CountRange other) =>
        IsEmpty || other.IsEmpty || Math.Max(Min, other.Min) > Math.Min(Max, other.Max) ? Empty : new CountRange(Math.Max(Min, other.Min), Math.Min(Max, other.Max));

    public CountRange Union(CountRange other) =>
        IsEmpty ? other : other.IsEmpty ? this : new CountRange(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public override string ToString() => IsEmpty ? "none" : Min == Max ? $"{Min}" : $"{Min}–{Max}";
}
