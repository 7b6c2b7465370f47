using System.Reflection;
using SurveyFigures.Notebook;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Notebook;

/// <summary>
/// Every public method of the exploration API, found by reflection (so a new method is covered), is called once per
/// argument with a wrong value there and right values elsewhere: each call fails at once with an ArgumentException
/// that names the argument the reader passed and lists valid values.
/// </summary>
public class SurfaceValidationTests
{
    private const string Pulse = "pulselife-barometer-2025";
    private const string Nested = "usage.several-times-a-day";

    private sealed record Argument(object? Valid, object Wrong, string Listed);

    private static Dictionary<string, Argument> Arguments()
    {
        var study = RepositoryStudies.Get(Pulse);
        var columns = RepositoryStudies.Analysis(Pulse).Respondents.Columns;
        return new(StringComparer.Ordinal)
        {
            ["language"] = new("en", "klingon", "en, fr"),
            ["rule"] = new("half-up", "round", "half-up, half-even"),
            ["interval"] = new("wilson", "bootstrap", "clopper-pearson"),
            ["level"] = new(0.95, 1.5, "between 0 and 1"),
            ["studyId"] = new(Pulse, "no-such-study", Pulse),
            ["figureId"] = new(Nested, "no.such.figure", study.Figures[0].Id),
            ["reading"] = new("parent", "sideways", "base, parent"),
            ["question"] = new(study.Figures[0].Question, "no-such-question", study.Figures[0].Question),
            ["key"] = new("consistency", "no-such-chart", "consistency"),
            ["count"] = new(5, 0, "from 1 to"),
            ["rowColumn"] = new(columns[0], "no_such_column", columns[0]),
            ["columnColumn"] = new(columns[^1], "no_such_column", columns[0]),
        };
    }

    public static TheoryData<string, string> Calls()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in PublicMethods())
        {
            foreach (var parameter in method.GetParameters())
            {
                data.Add($"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.Name))})", parameter.Name!);
            }
        }
        return data;
    }

    private static IEnumerable<MethodInfo> PublicMethods() =>
        new[] { typeof(Surveys), typeof(RowsView) }.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName);

    private static object? Target(MethodInfo method, Surveys surveys) =>
        method.IsStatic ? null : method.DeclaringType == typeof(RowsView) ? surveys.Rows(Pulse) : surveys;

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_wrong_argument_fails_at_the_call_naming_it_and_listing_valid_values(string call, string parameterName)
    {
        var arguments = Arguments();
        var method = PublicMethods().Single(m => call == $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.Name))})");
        Assert.True(arguments.ContainsKey(parameterName), $"{call}: this test has no wrong value for '{parameterName}'; add one to Arguments().");
        var values = method.GetParameters().Select(p => p.Name == parameterName ? arguments[p.Name].Wrong : arguments[p.Name!].Valid).ToArray();
        var target = Target(method, Surveys.Open());

        var thrown = Assert.Throws<TargetInvocationException>(() => method.Invoke(target, values)).InnerException;

        var e = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Equal(parameterName, e.ParamName);
        Assert.StartsWith($"{parameterName}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(arguments[parameterName].Listed, e.Message, StringComparison.Ordinal);
        Assert.Contains(arguments[parameterName].Wrong.ToString()!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_method_runs_with_the_right_values()
    {
        var arguments = Arguments();
        var surveys = Surveys.Open();
        foreach (var method in PublicMethods())
        {
            var values = method.GetParameters().Select(p => arguments[p.Name!].Valid).ToArray();
            Assert.NotNull(method.Invoke(Target(method, surveys), values));
        }
    }

    [Fact]
    public void Rule_interval_and_reading_names_ignore_case()
    {
        var surveys = Surveys.Open(rule: "Half-Even", interval: "WILSON").With(interval: "Clopper-Pearson").Reading(Pulse, Nested, "Parent");
        Assert.Equal(("half-even", "clopper-pearson", "parent"), (surveys.Options.Rule, surveys.Options.Interval, surveys.Options.Readings![$"{Pulse}/{Nested}"]));
        Assert.Equal("clopper-pearson", surveys.Figures(Pulse).Rows[0].IntervalMethod);
    }

    /// <summary>The weighted interval methods are names the API takes, as <c>--ci</c> does; a study without weights refuses them by name.</summary>
    [Fact]
    public void A_weighted_interval_method_is_a_known_name_that_an_unweighted_study_refuses()
    {
        var surveys = Surveys.Open(interval: "Logit");
        Assert.Equal("logit", surveys.Options.Interval);
        Assert.Equal(SurveyFigures.Statistics.WeightedIntervalMethod.Logit, SurveyFigures.NotebookBackend.BackendOptions.Recompute(surveys.Options).WeightedMethod);
        var e = Assert.Throws<ArgumentException>(() => surveys.Figures(Pulse));
        Assert.Equal("interval", e.ParamName);
        Assert.StartsWith($"interval: Study {Pulse} is not weighted", e.Message);
        Assert.Contains("use one of wilson, clopper-pearson, jeffreys, agresti-coull", e.Message);
    }

    [Fact]
    public void The_reading_what_if_of_an_unknown_figure_says_there_is_no_such_figure()
    {
        var surveys = Surveys.Open();
        var unknown = Assert.Throws<ArgumentException>(() => surveys.ReadingWhatIf(Pulse, "no.such.figure"));
        Assert.Contains("no such figure", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alternative reading", unknown.Message, StringComparison.Ordinal);
        var single = RepositoryStudies.Get(Pulse).Figures.First(f => f.Kind != SurveyFigures.Data.FigureKind.Nested).Id;
        Assert.Contains("has no alternative reading", Assert.Throws<ArgumentException>(() => surveys.ReadingWhatIf(Pulse, single)).Message, StringComparison.Ordinal);
    }
}
