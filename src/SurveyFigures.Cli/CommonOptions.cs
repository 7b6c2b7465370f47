using SurveyFigures.Data;
using System.CommandLine;
using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Cli;

/// <summary>Options shared by the commands: rounding rule, interval method and level.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Rule { get; } = new("--rule") { Description = "Rounding rule the publishers are assumed to use: half-up, half-even, half-down, floor, ceiling or up-or-down (default: each study's own, from its study.json)." };
    public Option<string> Interval { get; } = new("--ci") { Description = "Confidence interval method: wilson, clopper-pearson, jeffreys or agresti-coull; for weighted studies only, wilson-n-eff, korn-graubard or logit.", DefaultValueFactory = _ => "wilson" };
    public Option<double> Level { get; } = new("--level") { Description = "Confidence level, between 0 and 1.", DefaultValueFactory = _ => 0.95 };

    public void AddTo(Command command)
    {
        command.Options.Add(Rule);
        command.Options.Add(Interval);
        command.Options.Add(Level);
    }

    /// <summary>
    /// Reads and checks every option, so a bad one stops the command before it touches any output: one line naming the
    /// option, the value and what it expects (<see cref="UsageException"/>).
    /// </summary>
    public RecomputeOptions Read(ParseResult result)
    {
        var rule = result.GetValue(Rule) is { } ruleName ? Checked("--rule", ruleName, RoundingRules.Parse) : (RoundingRule?)null;
        var interval = result.GetValue(Interval)!;
        var level = result.GetValue(Level);
        // Written so that NaN fails too (every comparison with NaN is false), and ±infinity.
        if (!(level > 0 && level < 1))
        {
            throw new UsageException($"--level {level.ToString(CultureInfo.InvariantCulture)}: expected a confidence level strictly between 0 and 1, such as 0.95.");
        }
        return Checked("--ci", interval, name => IntervalChoice.Apply(new RecomputeOptions(rule, IntervalLevel: level), name));
    }

    // The parsers' own messages list the accepted names; the option is named in front, and the parameter name dropped.
    private static T Checked<T>(string option, string value, Func<string, T> parse)
    {
        try
        {
            return parse(value);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new UsageException($"{option} {value}: {message}");
        }
    }
}

/// <summary>A command-line option with a value the command cannot use: reported as one line, before any output is touched.</summary>
internal sealed class UsageException(string message) : Exception(message);
