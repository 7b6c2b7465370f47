using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyFigures.Coverage;

/// <summary>
/// What a printed percentage looks like in its sentence, so a coverage check can suggest the ledger kind
/// (single, multi, nested, verbal) a missing figure would need.
/// </summary>
public enum GuessedKind
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
public sealed record PercentFinding(string Printed, decimal? Value, int Decimals, bool Verbal, int Line, int Column, string Sentence, GuessedKind Guess);

/// <summary>
/// Finds every percentage printed in a French plain-text source (digits with "%", "pour cent", and fractions
/// in words), so a coverage check can prove the ledger missed none.
/// </summary>
public static partial class PercentScanner
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

    // Runs of whitespace, and any line break or tab, become one space; a lone (non-breaking) space stays as printed.
    [GeneratedRegex(@"\s{2,}|[\t\r\n\f\v]")]
    private static partial Regex WhitespacePattern();

    /// <summary>How far before a number the word "dont" still makes it a nested share.</summary>
    private const int DontReach = 30;

    /// <summary>Scans a French text and returns every printed percentage in text order, with where it sits and a guessed kind.</summary>
    public static IReadOnlyList<PercentFinding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<Span>();
        foreach (Match m in NumericPattern().Matches(text))
        {
            var dec = m.Groups["dec"];
            var number = m.Groups["int"].Value + (dec.Success ? "." + dec.Value : "");
            spans.Add(new Span(m.Index, m.Length, decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), dec.Success ? dec.Length : 0, false));
        }
        var numericCount = spans.Count;
        foreach (Match m in VerbalPattern().Matches(text))
        {
            var value = VerbalValue(m);
            var overlapsNumber = spans.Take(numericCount).Any(s => s.Index < m.Index + m.Length && m.Index < s.Index + s.Length);
            if (value is not null && !overlapsNumber)
            {
                spans.Add(new Span(m.Index, m.Length, value.Value, 0, true));
            }
        }
        spans.Sort((a, b) => a.Index.CompareTo(b.Index));

        var lineStarts = LineStarts(text);
        var findings = new List<PercentFinding>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            var (start, end) = SentenceBounds(text, s.Index, s.Index + s.Length);
            var previousEnd = i > 0 ? spans[i - 1].Index + spans[i - 1].Length : 0;
            var guess = s.Verbal ? GuessedKind.Verbal
                : IsNested(text, start, previousEnd, s.Index) ? GuessedKind.Nested
                : IsInParentheses(text, start, end, s.Index, s.Index + s.Length) ? GuessedKind.Multi
                : GuessedKind.Single;
            var line = lineStarts.BinarySearch(s.Index);
            line = line >= 0 ? line : ~line - 1;
            var sentence = WhitespacePattern().Replace(text[start..end], " ").Trim();
            findings.Add(new PercentFinding(text.Substring(s.Index, s.Length), s.Value, s.Decimals, s.Verbal, line + 1, s.Index - lineStarts[line] + 1, sentence, guess));
        }
        return findings;
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

    /// <summary>The sentence around [from, to): after the last sentence end before it, through the first one after it.</summary>
    private static (int Start, int End) SentenceBounds(string text, int from, int to)
    {
        var start = from;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }
        var end = to;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }
        // Keep the closing punctuation ("?!", ".", and a closing bracket or quote after it), not the line break.
        if (end < text.Length && text[end] != '\n')
        {
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or ')' or '»' or '"' or '”')
            {
                end++;
            }
        }
        return (start, end);
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

    /// <summary>An open parenthesis before the number and its closing one after it, both in the sentence.</summary>
    private static bool IsInParentheses(string text, int sentenceStart, int sentenceEnd, int index, int end)
    {
        var before = text.AsSpan(sentenceStart, index - sentenceStart);
        var after = text.AsSpan(end, sentenceEnd - end);
        var close = after.IndexOfAny('(', ')');
        return before.LastIndexOf('(') > before.LastIndexOf(')') && close >= 0 && after[close] == ')';
    }
}
