using System.CommandLine;
using SurveyFigures.Consistency;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.Cli;

/// <summary>Options shared by the commands: rounding rule, interval method and level.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Rule { get; } = new("--rule") { Description = "Rounding rule the publishers are assumed to use: half-up, half-even, half-down, floor, ceiling or up-or-down (default: each study's own, from its study.json)." };
    public Option<string> Interval { get; } = new("--ci") { Description = "Confidence interval method: wilson, clopper-pearson, jeffreys or agresti-coull.", DefaultValueFactory = _ => "wilson" };
    public Option<double> Level { get; } = new("--level") { Description = "Confidence level, between 0 and 1.", DefaultValueFactory = _ => 0.95 };

    public void AddTo(Command command)
    {
        command.Options.Add(Rule);
        command.Options.Add(Interval);
        command.Options.Add(Level);
    }

    public RecomputeOptions Read(ParseResult result) => new(
        result.GetValue(Rule) is { } rule ? Rounding.Parse(rule) : null,
        ProportionInterval.ParseMethod(result.GetValue(Interval)!),
        result.GetValue(Level));
}
