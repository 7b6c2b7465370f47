using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// A model the solver cannot settle within a question's budget ends the check with an error that names the study and
/// the question left open (issue #20, bad input); it never hangs. The budget is cut to
/// nothing so that the first question the solver has to search for is left open.
/// </summary>
public sealed class UnsettledModelTests
{
    [Fact]
    public void A_question_left_open_names_the_study_and_the_question()
    {
        using var study = new TempStudy(TempStudy.Ledger(
            TempStudy.Row("prof.doctor", "45", "profession", "doctor", "single"),
            TempStudy.Row("use.all", "60", "uses"),
            TempStudy.Row("use.doctors", "71", "uses", baseId: "doctors")),
            bases: """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"}""",
            residuals: """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""");
        var loaded = study.Load();
        var error = Assert.Throws<ModelUnsettledException>(() =>
            JointCheck.Run(loaded, RoundingRule.HalfUp, (_, _) => true, _ => CountRange.Empty, budget: TimeSpan.Zero));
        Assert.Equal(loaded.Id, error.StudyId);
        Assert.Contains($"study '{loaded.Id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is still open", error.Message, StringComparison.Ordinal);
        // With the usual budget the same study settles: the error came from the budget, not from the figures.
        Assert.True(JointCheck.Run(loaded, RoundingRule.HalfUp, (_, _) => true, _ => CountRange.Empty).IsConsistent);
    }
}
