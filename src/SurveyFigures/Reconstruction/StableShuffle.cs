using System.Text;

namespace SurveyFigures.Reconstruction;

/// <summary>
/// A permutation that depends only on a text key: FNV-1a seeds SplitMix64, which drives Fisher–Yates.
/// Written out here rather than taken from System.Random, whose sequence .NET does not promise to keep.
/// </summary>
internal static class StableShuffle
{
    public static int[] Permutation(string key, int n)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        var state = Fnv1a(key);
        for (var i = n - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    private static ulong Fnv1a(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
