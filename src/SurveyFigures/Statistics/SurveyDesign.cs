namespace SurveyFigures.Statistics;

/// <summary>
/// A weighted sample as R's survey package sees it after <c>svydesign(ids = ~cluster, strata = ~stratum, weights =
/// ~weight, nest = TRUE)</c>: each row's weight, the primary sampling unit (PSU) it belongs to (the row itself when no
/// cluster is declared) and each PSU's stratum (one stratum when none is declared). No finite population correction.
/// </summary>
internal sealed class SurveyDesign
{
    private readonly double[] _weights;
    private readonly int[] _psuOfRow;
    private readonly int[] _stratumOfPsu;
    private readonly int _strataCount;
    private readonly int[] _psusInStratum;
    private readonly bool _clustered;
    private readonly double[] _stratumSums;
    // Without clusters, each stratum's rows as a set, to count a domain's rows (PSUs) in it.
    private readonly RowMask[]? _stratumRows;
    // Buffers reused by every estimate (one figure at a time): PSU totals, and when each PSU and stratum was last touched.
    private readonly double[] _psuTotal;
    private readonly int[] _psuSeen;
    private readonly double[] _stratumTotal;
    private readonly int[] _stratumPsus;
    private int _pass;

    /// <param name="strata">Each row's stratum label, or null for an unstratified design.</param>
    /// <param name="clusters">Each row's cluster label (nested within its stratum), or null when rows are sampled one by one.</param>
    public SurveyDesign(double[] weights, IReadOnlyList<string>? strata = null, IReadOnlyList<string>? clusters = null)
    {
        _weights = weights;
        var strataIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var psuIds = new Dictionary<(int, string), int>();
        _psuOfRow = new int[weights.Length];
        var stratumOfPsu = new List<int>();
        for (var r = 0; r < weights.Length; r++)
        {
            var stratum = strata is null ? 0 : Id(strataIds, strata[r]);
            if (clusters is null)
            {
                _psuOfRow[r] = r;
                stratumOfPsu.Add(stratum);
            }
            else
            {
                if (!psuIds.TryGetValue((stratum, clusters[r]), out var psu))
                {
                    psu = psuIds.Count;
                    psuIds[(stratum, clusters[r])] = psu;
                    stratumOfPsu.Add(stratum);
                }
                _psuOfRow[r] = psu;
            }
        }
        _stratumOfPsu = [.. stratumOfPsu];
        _strataCount = Math.Max(1, strataIds.Count);
        _psusInStratum = new int[_strataCount];
        foreach (var h in _stratumOfPsu)
        {
            _psusInStratum[h]++;
        }
        _psuTotal = new double[_stratumOfPsu.Length];
        _psuSeen = new int[_stratumOfPsu.Length];
        _stratumTotal = new double[_strataCount];
        _stratumPsus = new int[_strataCount];
        _stratumSums = new double[4 * _strataCount];
        _clustered = clusters is not null;
        if (strata is not null && !_clustered)
        {
            _stratumRows = [.. Enumerable.Range(0, _strataCount).Select(h => RowMask.Where(_stratumOfPsu.Select(s => s == h ? "" : null).ToArray(), ""))];
        }
    }

    public int RowCount => _weights.Length;

    private static int Id(Dictionary<string, int> ids, string label)
    {
        if (!ids.TryGetValue(label, out var id))
        {
            id = ids.Count;
            ids[label] = id;
        }
        return id;
    }

    /// <summary>
    /// The weighted share of <paramref name="item"/> within <paramref name="domain"/>, as <c>svymean</c> gives it on
    /// <c>subset(design, domain)</c>: the ratio Σw·y / Σw and its Taylor-linearised variance. The scores
    /// w·(y − p)/Σw are summed by PSU; each stratum keeps all n_h PSUs of the whole sample, those without a row of the
    /// domain counting 0 (R pads them so), and adds n_h/(n_h − 1)·Σ(Z − Z̄)². Degrees of freedom are the domain's PSUs
    /// minus its strata (R's degf). A stratum of one PSU adds nothing, as R's <c>survey.lonely.psu = "certainty"</c>.
    /// Null for an empty domain.
    /// </summary>
    public DesignEstimate? Estimate(RowMask domain, RowMask item) => Estimate(domain, item, default, out _, out _);

    /// <summary>
    /// <see cref="Estimate(RowMask, RowMask)"/>, summing in the same pass <paramref name="exact"/> (each row's weight as
    /// a whole number of scaled units; empty for none) over the domain and over the item's rows in it, so a weighted
    /// share's exact sums cost no second pass over the rows.
    /// </summary>
    public DesignEstimate? Estimate(RowMask domain, RowMask item, ReadOnlySpan<long> exact, out Int128 exactItem, out Int128 exactDomain)
    {
        exactItem = exactDomain = 0;
        if (domain.Count == 0)
        {
            return null;
        }
        return _clustered ? ByPsu(domain, item, exact, out exactItem, out exactDomain) : ByRow(domain, item, exact, out exactItem, out exactDomain);
    }

    /// <summary>
    /// Rows sampled one by one: each row is a PSU, so a stratum's scores need only four sums over the domain's rows
    /// (Σw, Σw·y, Σw², Σw²·y, y being 0 or 1): ΣZ = (Σwy − pΣw)/W and ΣZ² = (Σw²y·(1 − p)² + (Σw² − Σw²y)·p²)/W²,
    /// and the stratum adds n_h/(n_h − 1)·(ΣZ² − (ΣZ)²/n_h), its PSUs outside the domain counting 0. One pass.
    /// </summary>
    private DesignEstimate ByRow(RowMask domain, RowMask item, ReadOnlySpan<long> exact, out Int128 exactItem, out Int128 exactDomain)
    {
        var sums = _stratumSums;
        Array.Clear(sums);
        // Int128 holds the sum of 2^63 longs.
        Int128 all = 0, part = 0;
        var withExact = !exact.IsEmpty;
        ReadOnlySpan<ulong> inDomain = domain.Bits, inItem = item.Bits;
        for (var i = 0; i < inDomain.Length; i++)
        {
            for (ulong bits = inDomain[i], itemBits = bits & inItem[i]; bits != 0; bits &= bits - 1)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                var r = (i << 6) + bit;
                var w = _weights[r];
                var at = 4 * _stratumOfPsu[r];
                var units = withExact ? exact[r] : 0;
                sums[at] += w;
                sums[at + 2] += w * w;
                all += units;
                if (((itemBits >> bit) & 1) != 0)
                {
                    sums[at + 1] += w;
                    sums[at + 3] += w * w;
                    part += units;
                }
            }
        }
        (exactItem, exactDomain) = (part, all);
        double sw = 0, swy = 0, sw2 = 0;
        for (var h = 0; h < _strataCount; h++)
        {
            sw += sums[4 * h];
            swy += sums[4 * h + 1];
            sw2 += sums[4 * h + 2];
        }
        var p = swy / sw;
        double variance = 0;
        int psus = 0, strata = 0;
        for (var h = 0; h < _strataCount; h++)
        {
            var rows = CountIn(domain, h);
            if (rows == 0)
            {
                continue;
            }
            psus += rows;
            strata++;
            var n = _psusInStratum[h];
            if (n > 1)
            {
                var total = (sums[4 * h + 1] - p * sums[4 * h]) / sw;
                var squares = (sums[4 * h + 3] * (1 - p) * (1 - p) + (sums[4 * h + 2] - sums[4 * h + 3]) * p * p) / (sw * sw);
                variance += n / (n - 1.0) * (squares - total * total / n);
            }
        }
        return new DesignEstimate(p, Math.Max(0, variance), domain.Count, psus - strata, sw * sw / sw2);
    }

    // The domain's rows in stratum h: all of them without strata, else counted against the stratum's own row set.
    private int CountIn(RowMask domain, int h) => _strataCount == 1 ? domain.Count : RowMask.CountBoth(domain, _stratumRows![h]);

    private DesignEstimate ByPsu(RowMask domain, RowMask item, ReadOnlySpan<long> exact, out Int128 exactItem, out Int128 exactDomain)
    {
        double sw = 0, swy = 0, sw2 = 0;
        Int128 all = 0, part = 0;
        foreach (var r in domain.Members())
        {
            var w = _weights[r];
            var units = exact.IsEmpty ? 0 : exact[r];
            sw += w;
            sw2 += w * w;
            all += units;
            if (item.Contains(r))
            {
                swy += w;
                part += units;
            }
        }
        (exactItem, exactDomain) = (part, all);
        var p = swy / sw;
        _pass++;
        int psus = 0, strata = 0;
        foreach (var r in domain.Members())
        {
            var psu = _psuOfRow[r];
            if (_psuSeen[psu] != _pass)
            {
                _psuSeen[psu] = _pass;
                _psuTotal[psu] = 0;
                psus++;
            }
            _psuTotal[psu] += _weights[r] * ((item.Contains(r) ? 1 : 0) - p) / sw;
        }
        Array.Clear(_stratumTotal);
        Array.Clear(_stratumPsus);
        foreach (var psu in TouchedPsus(domain))
        {
            var h = _stratumOfPsu[psu];
            strata += _stratumPsus[h] == 0 ? 1 : 0;
            _stratumPsus[h]++;
            _stratumTotal[h] += _psuTotal[psu];
        }
        double variance = 0;
        foreach (var psu in TouchedPsus(domain))
        {
            var h = _stratumOfPsu[psu];
            var n = _psusInStratum[h];
            if (n > 1)
            {
                var centred = _psuTotal[psu] - _stratumTotal[h] / n;
                variance += centred * centred * n / (n - 1);
            }
        }
        // The stratum's PSUs outside the domain, each a zero total centred on the stratum's mean.
        for (var h = 0; h < _strataCount; h++)
        {
            var n = _psusInStratum[h];
            if (_stratumPsus[h] > 0 && n > 1)
            {
                var mean = _stratumTotal[h] / n;
                variance += (n - _stratumPsus[h]) * mean * mean * n / (n - 1);
            }
        }
        return new DesignEstimate(p, variance, domain.Count, psus - strata, sw * sw / sw2);
    }

    // Each PSU holding a row of the domain, once (the rows are visited in order; a PSU is yielded at its first row).
    private IEnumerable<int> TouchedPsus(RowMask domain)
    {
        _pass++;
        foreach (var r in domain.Members())
        {
            var psu = _psuOfRow[r];
            if (_psuSeen[psu] != _pass)
            {
                _psuSeen[psu] = _pass;
                yield return psu;
            }
        }
    }
}

/// <summary>
/// A weighted proportion with what its intervals need: the estimate, its design-based variance, the rows and the
/// design's degrees of freedom, and Kish's effective sample size (Σw)²/Σw².
/// </summary>
internal readonly record struct DesignEstimate(double Proportion, double Variance, int Rows, int DegreesOfFreedom, double KishEffectiveSize)
{
    /// <summary>
    /// The design effect, as <c>svymean(..., deff = "replace")</c>: the variance over that of a simple random sample
    /// of the same rows drawn with replacement, p(1 − p)/(n − 1). NaN when p is 0 or 1 or the domain has one row.
    /// </summary>
    public double DesignEffect => Rows > 1 && Proportion is > 0 and < 1 ? Variance / (Proportion * (1 - Proportion) / (Rows - 1)) : double.NaN;
}
