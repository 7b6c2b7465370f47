using System.Globalization;

namespace SurveyFigures.Data;

/// <summary>
/// A percentage as printed: its value and how many decimals it was printed with. The decimals
/// carry the precision (54 means 53.5 to 54.5 under half-up; 54.0 would mean 53.95 to 54.05),
/// so the text is never parsed to a float.
/// </summary>
public readonly record struct PrintedPercent(decimal Value, int Decimals)
{
    /// <summary>The printed value times 10^Decimals, an integer: 54 → 54, 12.5 → 125.</summary>
    public long Scaled => (long)(Value * Pow10(Decimals));

    public static long Pow10(int decimals)
    {
        long p = 1;
        for (var i = 0; i < decimals; i++)
        {
            p *= 10;
        }
        return p;
    }

    /// <summary>Parses "54", "12.5" or "12,5" (decimal comma) into a value from 0 to 100; null if the text is not such a number.</summary>
    public static PrintedPercent? TryParse(string text)
    {
        var t = text.Trim().Replace(',', '.');
        if (t.Length == 0 || t.Count(c => c == '.') > 1 || !t.All(c => char.IsAsciiDigit(c) || c == '.') || t[0] == '.' || t[^1] == '.')
        {
            return null;
        }
        // Thirty digits overflow a decimal: no percentage either, so the same null as any other non-percentage.
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var dot = t.IndexOf('.');
        var decimals = dot < 0 ? 0 : t.Length - dot - 1;
        if (value > 100 || decimals > 4)
        {
            return null;
        }
        return new PrintedPercent(value, decimals);
    }

    public override string ToString() => Value.ToString("F" + Decimals, CultureInfo.InvariantCulture);
}
