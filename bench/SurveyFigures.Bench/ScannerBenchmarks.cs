using System.Text;
using BenchmarkDotNet.Attributes;
using SurveyFigures.Coverage;

namespace SurveyFigures.Bench;

/// <summary>
/// The percentage scanner on one long line (a text pasted without line breaks, as `draft` may get): its time must grow
/// with the length, not with length times findings, as it did when each finding walked its whole sentence.
/// </summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    private const string Clause = "parmi eux, 45 % utilisent un agenda, 30 % non et la moitié hésite (12,5 %), ";

    private string _text = "";

    [Params(117_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup() => _text = OneLine(Characters);

    [Benchmark]
    public int Scan() => PercentScanner.Scan(_text).Count;

    /// <summary>One sentence of about <paramref name="characters"/> characters, four percentages per clause.</summary>
    public static string OneLine(int characters)
    {
        var text = new StringBuilder(characters + Clause.Length);
        while (text.Length + Clause.Length <= characters)
        {
            text.Append(Clause);
        }
        return text.ToString();
    }
}
