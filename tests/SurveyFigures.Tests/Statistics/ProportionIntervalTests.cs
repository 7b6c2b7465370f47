using System.Globalization;
using System.Runtime.CompilerServices;
using SurveyFigures.Statistics;

namespace SurveyFigures.Tests.Statistics;

/// <summary>
/// Tests for <see cref="ProportionInterval"/>. Reference values are not computed by this code: they come from
/// statsmodels 0.13.5 (Debian python3-statsmodels, scipy 1.10.1, python 3.11.2),
/// <c>statsmodels.stats.proportion.proportion_confint</c>, written to reference/interval_references.csv by
/// reference/make_interval_references.py (both beside this file; the CSV header records the versions).
/// </summary>
public class ProportionIntervalTests
{
    /// <summary>
    /// Agreement with statsmodels. Observed worst difference over the CSV is about 5e-13 (Beta quantiles; Wilson and
    /// Agresti–Coull agree to ~1e-16). 1e-11 is asserted: tight enough to catch any real formula or convention
    /// difference, loose enough for the last few digits of two independent incomplete-beta inversions
    /// (scipy/Boost vs MathNet + Newton polish) at n up to 1,000,000.
    /// </summary>
    private const double Tolerance = 1e-11;

    private static readonly IntervalMethod[] AllMethods = Enum.GetValues<IntervalMethod>();

    // Source: statsmodels 0.13.5 proportion_confint via reference/make_interval_references.py → interval_references.csv.
    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Compute_MatchesStatsmodelsReference(string ciMethod, int count, int n, double level, double low, double high)
    {
        var interval = ProportionInterval.Compute(count, n, ProportionInterval.ParseMethod(ciMethod), level);

        Assert.InRange(interval.Low, low - Tolerance, low + Tolerance);
        Assert.InRange(interval.High, high - Tolerance, high + Tolerance);
    }

    // Source: same CSV. The rows marked adjusted=1 are the only places we knowingly differ from raw statsmodels:
    // its Jeffreys interval has no end-point rule (lower > 0 at k = 0, upper < 1 at k = n, so it excludes k/n).
    // We use lower = 0 at k = 0 and upper = 1 at k = n (Brown, Cai & DasGupta 2001); the other bound still matches.
    [Fact]
    public void Jeffreys_EndPointConvention_IsTheOnlyDeviationFromStatsmodels()
    {
        var rows = ReadReferenceCsv();
        var adjusted = rows.Where(r => r.Adjusted).ToList();

        Assert.NotEmpty(adjusted);
        Assert.All(adjusted, r =>
        {
            Assert.Equal("jeffreys", r.CiMethod);
            Assert.True(r.Count == 0 || r.Count == r.N, $"adjusted row {r.Count}/{r.N} is not at an end point");
            var interval = ProportionInterval.Compute(r.Count, r.N, IntervalMethod.Jeffreys, r.Level);
            if (r.Count == 0)
            {
                Assert.Equal(0.0, interval.Low);
                Assert.True(r.StatsmodelsLow > 0, "statsmodels' raw Jeffreys lower bound at k = 0 was expected to be positive");
            }
            if (r.Count == r.N)
            {
                Assert.Equal(1.0, interval.High);
                Assert.True(r.StatsmodelsHigh < 1, "statsmodels' raw Jeffreys upper bound at k = n was expected to be below 1");
            }
        });
        Assert.All(rows.Where(r => !r.Adjusted), r =>
        {
            Assert.Equal(r.StatsmodelsLow, r.Low);
            Assert.Equal(r.StatsmodelsHigh, r.High);
        });
    }

    // Source: statsmodels' own agresti_coull clips to [0, 1] (np.clip in proportion_confint); these CSV rows show it,
    // and we must clip the same way.
    [Theory]
    [InlineData(0, 1, 0.95)]
    [InlineData(1, 1, 0.95)]
    [InlineData(0, 760, 0.99)]
    [InlineData(760, 760, 0.99)]
    public void AgrestiCoull_IsClippedLikeStatsmodels(int count, int n, double level)
    {
        var reference = ReadReferenceCsv().Single(r => r.CiMethod == "agresti-coull" && r.Count == count && r.N == n && r.Level == level);
        var interval = ProportionInterval.Compute(count, n, IntervalMethod.AgrestiCoull, level);

        Assert.True(count == 0 ? reference.Low == 0 : reference.High == 1, "reference row was expected to be clipped");
        Assert.Equal(reference.Low, interval.Low, Tolerance);
        Assert.Equal(reference.High, interval.High, Tolerance);
    }

    // Source: no external reference; structural properties every method must have at conventional levels.
    // (Jeffreys is a Bayesian interval and need not contain k/n at very low levels, e.g. level 0.01 with k = 1, n = 10,
    // so levels below 0.5 are not checked.)
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(37)]
    [InlineData(540)]
    [InlineData(760)]
    public void Bounds_AreInUnitInterval_AndContainTheProportion(int n)
    {
        foreach (var method in AllMethods)
        {
            foreach (var level in new[] { 0.5, 0.8, 0.9, 0.95, 0.99, 0.999 })
            {
                for (var count = 0; count <= n; count++)
                {
                    AssertContainsProportion(count, n, method, level);
                }
            }
        }
    }

    // Source: no external reference; same properties at bases up to 1,000,000 (sampled counts).
    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Bounds_AreInUnitInterval_AndContainTheProportion_LargeBases(int n)
    {
        int[] counts = [0, 1, 2, 3, 10, 100, n / 3, n / 2, n - 100, n - 10, n - 3, n - 2, n - 1, n];
        foreach (var method in AllMethods)
        {
            foreach (var level in new[] { 0.9, 0.95, 0.99, 0.999 })
            {
                foreach (var count in counts)
                {
                    AssertContainsProportion(count, n, method, level);
                }
            }
        }
    }

    // Source: no external reference; every method is symmetric under k → n − k, and widens with the level.
    [Theory]
    [InlineData(0, 760)]
    [InlineData(1, 760)]
    [InlineData(271, 410)]
    [InlineData(11, 540)]
    [InlineData(5, 10)]
    [InlineData(1, 1_000_000)]
    public void Intervals_AreSymmetric_AndNestedByLevel(int count, int n)
    {
        foreach (var method in AllMethods)
        {
            var previous = (ProportionInterval?)null;
            foreach (var level in new[] { 0.8, 0.9, 0.95, 0.99 })
            {
                var interval = ProportionInterval.Compute(count, n, method, level);
                var mirrored = ProportionInterval.Compute(n - count, n, method, level);
                Assert.Equal(1 - interval.High, mirrored.Low, 1e-12);
                Assert.Equal(1 - interval.Low, mirrored.High, 1e-12);
                if (previous is { } p)
                {
                    Assert.True(interval.Low <= p.Low && interval.High >= p.High, $"{method} {count}/{n}: level {level} interval {interval} is not wider than {p}");
                }
                previous = interval;
            }
        }
    }

    // Source: the brief's defaults (Wilson, 95%); checked against the statsmodels row for 669/760.
    [Fact]
    public void Compute_DefaultsToWilsonAt95Percent()
    {
        var reference = ReadReferenceCsv().Single(r => r.CiMethod == "wilson" && r.Count == 669 && r.N == 760 && r.Level == 0.95);

        var interval = ProportionInterval.Compute(669, 760);

        Assert.Equal(ProportionInterval.Compute(669, 760, IntervalMethod.Wilson, 0.95), interval);
        Assert.Equal(reference.Low, interval.Low, Tolerance);
        Assert.Equal(reference.High, interval.High, Tolerance);
    }

    // Source: no external reference; argument validation as specified.
    [Theory]
    [InlineData(0, 0, "n")]
    [InlineData(0, -5, "n")]
    [InlineData(-1, 10, "count")]
    [InlineData(11, 10, "count")]
    public void Compute_RejectsBadCountOrBase(int count, int n, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(count, n));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains($"{parameter} = {(parameter == "n" ? n : count)}", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.95)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Compute_RejectsLevelOutsideOpenUnitInterval(double level)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(5, 10, IntervalMethod.Wilson, level));

        Assert.Equal("level", ex.ParamName);
        Assert.Contains("between 0 and 1", ex.Message);
        Assert.Contains($"level = {level}", ex.Message);
    }

    [Fact]
    public void Compute_RejectsUndefinedMethod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(5, 10, (IntervalMethod)99));

        Assert.Equal("method", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.MethodName((IntervalMethod)99));
    }

    // Source: the canonical ci_method names used in output CSVs (and in interval_references.csv).
    [Theory]
    [InlineData(IntervalMethod.Wilson, "wilson")]
    [InlineData(IntervalMethod.ClopperPearson, "clopper-pearson")]
    [InlineData(IntervalMethod.Jeffreys, "jeffreys")]
    [InlineData(IntervalMethod.AgrestiCoull, "agresti-coull")]
    public void MethodName_IsCanonicalKebabCase_AndRoundTrips(IntervalMethod method, string name)
    {
        Assert.Equal(name, ProportionInterval.MethodName(method));
        Assert.Equal(method, ProportionInterval.ParseMethod(name));
        Assert.Equal(method, ProportionInterval.ParseMethod(ProportionInterval.MethodName(method)));
        Assert.Equal(method, ProportionInterval.ParseMethod(method.ToString()));
    }

    [Fact]
    public void MethodName_CoversEveryEnumValue()
    {
        Assert.All(AllMethods, m => Assert.Equal(m, ProportionInterval.ParseMethod(ProportionInterval.MethodName(m))));
        Assert.Equal(AllMethods.Length, AllMethods.Select(ProportionInterval.MethodName).Distinct().Count());
    }

    [Theory]
    [InlineData("Wilson", IntervalMethod.Wilson)]
    [InlineData("WILSON", IntervalMethod.Wilson)]
    [InlineData(" jeffreys ", IntervalMethod.Jeffreys)]
    [InlineData("Clopper-Pearson", IntervalMethod.ClopperPearson)]
    [InlineData("clopper_pearson", IntervalMethod.ClopperPearson)]
    [InlineData("ClopperPearson", IntervalMethod.ClopperPearson)]
    [InlineData("Agresti-Coull", IntervalMethod.AgrestiCoull)]
    [InlineData("agresti_coull", IntervalMethod.AgrestiCoull)]
    public void ParseMethod_IsCaseInsensitive_AndLenientAboutSeparators(string name, IntervalMethod expected)
    {
        Assert.Equal(expected, ProportionInterval.ParseMethod(name));
        Assert.True(ProportionInterval.TryParseMethod(name, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("wald")]
    [InlineData("beta")]
    [InlineData("clopper")]
    [InlineData("0")]
    public void ParseMethod_RejectsUnknownNames(string name)
    {
        Assert.False(ProportionInterval.TryParseMethod(name, out _));
        var ex = Assert.Throws<ArgumentException>(() => ProportionInterval.ParseMethod(name));
        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message);
        Assert.Contains("clopper-pearson", ex.Message);
    }

    [Fact]
    public void ParseMethod_RejectsNull()
    {
        Assert.False(ProportionInterval.TryParseMethod(null, out _));
        Assert.Throws<ArgumentNullException>(() => ProportionInterval.ParseMethod(null!));
    }

    private static void AssertContainsProportion(int count, int n, IntervalMethod method, double level)
    {
        var interval = ProportionInterval.Compute(count, n, method, level);
        var p = (double)count / n;
        Assert.True(
            interval.Low >= 0 && interval.Low <= p && p <= interval.High && interval.High <= 1,
            $"{method} {count}/{n} at {level}: {interval} does not satisfy 0 ≤ Low ≤ {p} ≤ High ≤ 1");
    }

    public static TheoryData<string, int, int, double, double, double> ReferenceRows()
    {
        var data = new TheoryData<string, int, int, double, double, double>();
        foreach (var r in ReadReferenceCsv())
        {
            data.Add(r.CiMethod, r.Count, r.N, r.Level, r.Low, r.High);
        }
        return data;
    }

    private sealed record ReferenceRow(
        string CiMethod, int Count, int N, double Level, double Low, double High, double StatsmodelsLow, double StatsmodelsHigh, bool Adjusted);

    private static List<ReferenceRow> ReadReferenceCsv()
    {
        var path = ReferenceCsvPath();
        // Through CsvHelper, by column name, so a quoted field can never shift a column; the '#' lines say how the file was made.
        var body = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(path).Where(l => !l.StartsWith('#'))));
        using var csv = global::CsvHelper.CsvReader.Create(body, new global::CsvHelper.CsvReaderOptions { HasHeader = true, SkipEmptyLines = true });
        var header = csv.Headers.ToList();
        Assert.Equal(["ci_method", "sm_method", "count", "n", "level", "low", "high", "sm_low", "sm_high", "adjusted"], header);

        static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        var rows = new List<ReferenceRow>();
        while (csv.Read())
        {
            string F(string column) => csv.GetString(header.IndexOf(column));
            rows.Add(new ReferenceRow(
                F("ci_method"), int.Parse(F("count"), CultureInfo.InvariantCulture), int.Parse(F("n"), CultureInfo.InvariantCulture),
                D(F("level")), D(F("low")), D(F("high")), D(F("sm_low")), D(F("sm_high")), F("adjusted") == "1"));
        }
        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>The CSV beside this source file (found via [CallerFilePath]; falls back to walking up to Analysis.sln).</summary>
    private static string ReferenceCsvPath([CallerFilePath] string thisFile = "")
    {
        const string FileName = "interval_references.csv";
        var besideSource = Path.Combine(Path.GetDirectoryName(thisFile) ?? "", "reference", FileName);
        if (File.Exists(besideSource))
        {
            return besideSource;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "SurveyFigures.Tests", "Statistics", "reference", FileName);
            }
        }
        throw new FileNotFoundException($"Could not find reference/{FileName} beside {thisFile} or under the repository root.", FileName);
    }
}
