using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyFigures.Coverage;

/// <summary>
/// What a printed percentage looks like in its sentence, so a coverage check can suggest the ledger kind
/// (single, multi, nested, verbal) a missing figure would need.
/// </summary>
internal enum GuessedKind
{
    /// <summary>A percentage standing on its own in its sentence.</summary>
    Single,

    /// <summary>One item of a list, printed in parentheses such as "(50 %)".</summary>
    Multi,

    /// <summary>A share of a share, introduced by "dont" just before it ("dont 54 % de médecins").</summary>
    Nested,

    /// <summary>A fraction in words ("deux tiers", "neuf sur dix"), which the ledger records as an interval.</summary>
    Verbal,
}

/// <summary>
/// One percentage printed in a source text, located precisely enough for a reviewer to find it and for a
/// coverage check to match it against the ledger.
/// </summary>
/// <param name="Printed">The exact matched text ("59%", "7,8 %", "12 pour cent", "deux tiers").</param>
/// <param name="Value">The number as printed (decimal comma or point); for a fraction in words, its value in percent rounded to 2 decimals.</param>
/// <param name="Decimals">Digits printed after the decimal separator (0 for fractions in words).</param>
/// <param name="Verbal">True for a fraction in words rather than digits.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character, in UTF-16 characters.</param>
/// <param name="Sentence">The sentence holding the finding, whitespace collapsed and trimmed.</param>
/// <param name="Guess">The ledger kind the finding's surroundings suggest.</param>
/// <param name="Before">Up to <see cref="PercentScanner.BeforeLength"/> characters of its sentence just before it, whitespace collapsed: the words that may qualify it ("près de").</param>
internal sealed record PercentFinding(string Printed, decimal? Value, int Decimals, bool Verbal, int Line, int Column, string Sentence, GuessedKind Guess, string Before = "");

/// <summary>
/// Finds every percentage printed in a French plain-text source (digits with "%", "pour cent", and fractions
/// in words), so a coverage check can prove the ledger missed none.
/// </summary>
internal static partial class PercentScanner
{
    // A number not glued to a letter or digit before it (nor the tail of "7,85"), 1–2 decimals, then "%"
    // (with at most one space, ordinary or non-breaking) or "pour cent" / "pourcent".
    [GeneratedRegex(@"(?<![\p{L}\p{N}_]|\d[.,])(?<int>\d+)(?:[.,](?<dec>\d{1,2}))?(?!\d)(?:[ \u00A0\u202F]?%|[ \u00A0\u202F]pour[ \u00A0\u202F]cent(?![\p{L}\p{N}_])|[ \u00A0\u202F]?pourcent(?![\p{L}\p{N}_]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    // Fractions in words, as whole words: la moitié, un/deux tiers, un quart/trois quarts, and "N sur M" (M from 2
    // to 10) with up to three words between ("un soignant sur deux"), but not a span of time ("sur deux ans") nor a larger number ("sur deux cents").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_-]|\d[.,])(?:(?<half>(?:la\s+)?moitié)|(?<tn>un|deux)\s+tiers|(?<qn>un)\s+quart(?!\s*d['’]heure)|(?<qn>trois)\s+quarts|(?<n>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})(?:\s+\p{L}[\p{L}'’-]*){0,3}?\s+sur\s+(?<m>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|10|[2-9]))(?![\p{L}\p{N}_-]|[.,]\d|\s+\d{3}|\s+(?:cents?|mille|ans?|années?|mois|semaines?|jours?|heures?|minutes?|nuits?|fois|points?)(?![\p{L}\p{N}_-]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbalPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])dont(?![\p{L}\p{N}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DontPattern();

    /// <summary>How much of the sentence before a finding it keeps, for the words that qualify it.</summary>
    public const int BeforeLength = 40;

    /// <summary>How far before a number the word "dont" still makes it a nested share.</summary>
    private const int DontReach = 30;

    /// <summary>A sentence longer than this is cut to about this many characters around the finding, for messages.</summary>
    public const int SentenceLength = 400;

    /// <summary>
    /// Scans a French text and returns every printed percentage in text order, with where it sits and a guessed kind.
    /// Linear in the text's length: sentence ends are found once for the whole text and parentheses by cursors that only
    /// move forward (per-finding scans of a long sentence made a 117 KB single-line text take seconds), and a finding
    /// keeps at most <see cref="SentenceLength"/> characters of its sentence.
    /// </summary>
    public static IReadOnlyList<PercentFinding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Spans(text);
        var lineStarts = LineStarts(text);
        var sentences = new SentenceIndex(text);
        var parentheses = new ParenthesisCursor(text);
        var findings = new List<PercentFinding>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            var (start, end) = sentences.Around(s.Index, s.Index + s.Length);
            var previousEnd = i > 0 ? spans[i - 1].Index + spans[i - 1].Length : 0;
            var guess = s.Verbal ? GuessedKind.Verbal
                : IsNested(text, start, previousEnd, s.Index) ? GuessedKind.Nested
                : parentheses.Encloses(start, end, s.Index, s.Index + s.Length) ? GuessedKind.Multi
                : GuessedKind.Single;
            var line = lineStarts.BinarySearch(s.Index);
            line = line >= 0 ? line : ~line - 1;
            var before = Collapse(text[Math.Max(start, s.Index - BeforeLength)..s.Index]).TrimStart();
            findings.Add(new PercentFinding(text.Substring(s.Index, s.Length), s.Value, s.Decimals, s.Verbal, line + 1, s.Index - lineStarts[line] + 1,
                Excerpt(text, start, end, s.Index, s.Index + s.Length), guess, before));
        }
        return findings;
    }

    /// <summary>Numbers and fractions in words, in text order; words that overlap a number are the number's.</summary>
    private static List<Span> Spans(string text)
    {
        var spans = new List<Span>();
        foreach (Match m in NumericPattern().Matches(text))
        {
            var dec = m.Groups["dec"];
            var number = m.Groups["int"].Value + (dec.Success ? "." + dec.Value : "");
            // Thirty digits do not fit a decimal and are no share of anyone: not a percentage to account for.
            if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                spans.Add(new Span(m.Index, m.Length, value, dec.Success ? dec.Length : 0, false));
            }
        }
        var numbers = spans.ToArray();
        var next = 0;
        foreach (Match m in VerbalPattern().Matches(text))
        {
            // Both lists are in text order: skip the numbers that end before these words, then look at the next one only.
            while (next < numbers.Length && numbers[next].Index + numbers[next].Length <= m.Index)
            {
                next++;
            }
            var overlapsNumber = next < numbers.Length && numbers[next].Index < m.Index + m.Length;
            if (VerbalValue(m) is { } value && !overlapsNumber)
            {
                spans.Add(new Span(m.Index, m.Length, value, 0, true));
            }
        }
        spans.Sort((a, b) => a.Index.CompareTo(b.Index));
        return spans;
    }

    /// <summary>
    /// Runs of whitespace, and any line break or tab, become one space; a lone (non-breaking) space stays as printed.
    /// A loop rather than a regular expression: it runs for every finding, 52,000 times on a text of a million characters.
    /// </summary>
    private static string Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
                continue;
            }
            var run = i;
            while (run + 1 < text.Length && char.IsWhiteSpace(text[run + 1]))
            {
                run++;
            }
            builder.Append(run > i || text[i] is '\t' or '\r' or '\n' or '\f' or '\v' ? ' ' : text[i]);
            i = run;
        }
        return builder.ToString();
    }

    /// <summary>The sentence, whitespace collapsed; a long one cut to <see cref="SentenceLength"/> characters around the finding, with "…" where cut.</summary>
    private static string Excerpt(string text, int start, int end, int from, int to)
    {
        var half = SentenceLength / 2;
        var first = end - start <= SentenceLength ? start : Math.Max(start, from - half);
        var last = end - start <= SentenceLength ? end : Math.Min(end, to + half);
        return (first > start ? "…" : "") + Collapse(text[first..last]).Trim() + (last < end ? "…" : "");
    }

    private readonly record struct Span(int Index, int Length, decimal Value, int Decimals, bool Verbal);

    private static decimal? VerbalValue(Match m)
    {
        if (m.Groups["half"].Success)
        {
            return 50m;
        }
        if (m.Groups["tn"].Success)
        {
            return Percent(Count(m.Groups["tn"].Value), 3);
        }
        if (m.Groups["qn"].Success)
        {
            return Percent(Count(m.Groups["qn"].Value), 4);
        }
        var n = Count(m.Groups["n"].Value);
        var d = Count(m.Groups["m"].Value);
        return n <= d ? Percent(n, d) : null;
    }

    private static decimal Percent(int n, int d) => Math.Round(100m * n / d, 2, MidpointRounding.AwayFromZero);

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "un" or "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        var digits => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>Every sentence end of a text, found once, so the sentence around any finding is two binary searches away.</summary>
    private sealed class SentenceIndex
    {
        private readonly string _text;
        private readonly List<int> _ends = [];
        private (int Break, int End) _closed = (-1, -1);

        public SentenceIndex(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (EndsSentence(text, i))
                {
                    _ends.Add(i);
                }
            }
        }

        /// <summary>The sentence around [from, to): after the last sentence end before it, through the first one after it.</summary>
        public (int Start, int End) Around(int from, int to)
        {
            var before = _ends.BinarySearch(from - 1);
            before = before >= 0 ? before : ~before - 1;
            var start = before >= 0 ? _ends[before] + 1 : 0;
            var after = _ends.BinarySearch(to);
            after = after >= 0 ? after : ~after;
            return (start, after < _ends.Count ? Closed(_ends[after]) : _text.Length);
        }

        // Keep the closing punctuation ("?!", ".", and a closing bracket or quote after it), not the line break. Findings
        // of one sentence share its end: worked out once, so a long run of "?" is not walked again for each of them.
        private int Closed(int end)
        {
            if (_closed.Break == end)
            {
                return _closed.End;
            }
            var closed = end;
            if (_text[closed] != '\n')
            {
                while (closed < _text.Length && _text[closed] is '.' or '!' or '?' or '…' or ')' or '»' or '"' or '”')
                {
                    closed++;
                }
            }
            _closed = (end, closed);
            return closed;
        }
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '!' or '?' => true,
        '.' => EndsWithPeriod(text, i),
        '\n' => !ContinuesOnNextLine(text, i),
        _ => false,
    };

    /// <summary>
    /// A period ends a sentence when followed by a space (or the end) and then not by a lower-case word: not the
    /// dots of "...", nor the decimal point of "7.8", nor an abbreviation such as "etc.)" or "env. 30".
    /// </summary>
    private static bool EndsWithPeriod(string text, int i)
    {
        if (At(text, i - 1) == '.' || At(text, i + 1) == '.')
        {
            return false;
        }
        var next = i + 1;
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            next++;
        }
        return next >= text.Length || !char.IsLower(text[next]);
    }

    /// <summary>
    /// A single line break inside a wrapped paragraph: the line has text and the next one goes on in lower case.
    /// A blank line, a bullet or a capital on the next line ends the paragraph.
    /// </summary>
    private static bool ContinuesOnNextLine(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r' or '\u00A0' or '\u202F')
        {
            before--;
        }
        if (before < 0 || text[before] == '\n')
        {
            return false;
        }
        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            after++;
        }
        return after < text.Length && char.IsLower(text[after]);
    }

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\0';

    /// <summary>"dont" in the same clause shortly before the number, with no other percentage in between.</summary>
    private static bool IsNested(string text, int sentenceStart, int previousEnd, int index)
    {
        var from = Math.Max(Math.Max(sentenceStart, previousEnd), index - DontReach - "dont".Length);
        if (from >= index)
        {
            return false;
        }
        var window = text.AsSpan(from, index - from);
        return DontPattern().IsMatch(window[(window.LastIndexOf(';') + 1)..]);
    }

    /// <summary>
    /// Whether an open parenthesis before a number and its closing one after it are both in the sentence. Findings come in
    /// text order, so the last parentheses before and the next one after are tracked by cursors that only move forward.
    /// </summary>
    private sealed class ParenthesisCursor(string text)
    {
        private int _scanned;
        private int _lastOpen = -1;
        private int _lastClose = -1;
        private int _next = -1;

        public bool Encloses(int sentenceStart, int sentenceEnd, int index, int end)
        {
            for (; _scanned < index; _scanned++)
            {
                if (text[_scanned] == '(')
                {
                    _lastOpen = _scanned;
                }
                else if (text[_scanned] == ')')
                {
                    _lastClose = _scanned;
                }
            }
            if (_next < end && _next != text.Length)
            {
                var found = text.AsSpan(end).IndexOfAny('(', ')');
                _next = found < 0 ? text.Length : end + found;
            }
            return _lastOpen >= sentenceStart && _lastOpen > _lastClose && _next < sentenceEnd && text[_next] == ')';
        }
    }
}
