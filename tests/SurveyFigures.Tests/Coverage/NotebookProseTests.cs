using System.Text.Json;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>
/// Every percentage a notebook's prose writes is a figure of a study the notebook opens, or excluded with a reason.
/// The rule on fixture notebooks first, then over the shipped notebooks (which counts from the data: it names what is
/// unaccounted for, whatever the notebooks and ledgers hold).
/// </summary>
public class NotebookProseTests
{
    private const string Opens = "var surveys = Surveys.Open(\"en\");\nconst string Id = \"test-study\";";

    [Fact]
    public void A_percentage_a_figure_prints_is_tied_to_it_in_either_language()
    {
        using var study = Study54();
        var findings = NotebookProse.Check("n.ipynb", Notebook(Opens, "Doctors: 54 % of all.", "Médecins : 54\u00A0% ; 54,0 % aussi."), [study.Load()], []);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(["test-study/q.a"], f.Figures));
        Assert.Equal([2, 3, 3], findings.Select(f => f.Cell));
    }

    [Fact]
    public void A_percentage_no_figure_prints_is_unaccounted_for_unless_excluded()
    {
        using var study = Study54();
        var loaded = study.Load();
        var untied = Assert.Single(NotebookProse.Check("n.ipynb", Notebook(Opens, "A 95 % interval."), [loaded], []));
        Assert.False(untied.IsAccountedFor);

        var exclusion = new ProseExclusion("n.ipynb", "95\u00A0%", "the confidence level", 2);
        var excluded = Assert.Single(NotebookProse.Check("n.ipynb", Notebook(Opens, "A 95 % interval."), [loaded], [exclusion]));
        Assert.Same(exclusion, excluded.Exclusion);
        Assert.DoesNotContain(NotebookProse.Check("other.ipynb", Notebook(Opens, "A 95 % interval."), [loaded], [exclusion]), f => f.IsAccountedFor);
    }

    [Fact]
    public void The_ends_of_a_reading_of_words_tie_to_that_figure_and_other_numbers_do_not()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("q.w", "près de deux tiers", "c1", kind: "verbal", low: "60", high: "66.7")));
        var findings = NotebookProse.Check("n.ipynb", Notebook(Opens, "Read as 60 % to 66.7 %, not 63 %."), [study.Load()], []);

        Assert.Equal([["test-study/q.w"], ["test-study/q.w"], []], findings.Select(f => f.Figures));
    }

    [Fact]
    public void Only_studies_the_notebook_opens_account_for_its_prose()
    {
        using var study = Study54();
        var finding = Assert.Single(NotebookProse.Check("n.ipynb", Notebook("var surveys = Surveys.Open(\"en\");", "54 % of all."), [study.Load()], []));
        Assert.False(finding.IsAccountedFor);
    }

    [Fact]
    public void The_folder_check_names_notebook_cell_line_and_unused_exclusions()
    {
        using var study = Study54();
        var folder = Directory.CreateTempSubdirectory("prose-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.ipynb"), Notebook(Opens, "Intro.\n\nThen 54 % and 12 %."));
            File.WriteAllText(Path.Combine(folder, NotebookProse.ExclusionsFile),
                "notebook,printed,why\na.ipynb,37 %,stale\nb.ipynb,5 %,no such notebook\n");

            var problems = NotebookProse.Problems(folder, [study.Load()]);

            Assert.Equal(3, problems.Count);
            Assert.StartsWith("notebooks/a.ipynb, cell 2, line 3: '12 %' is no figure printed by the studies it opens", problems[0]);
            Assert.StartsWith($"notebooks/{NotebookProse.ExclusionsFile}, line 2: '37 %' is not written in a.ipynb's prose", problems[1]);
            Assert.StartsWith($"notebooks/{NotebookProse.ExclusionsFile}, line 3: no notebook 'b.ipynb'", problems[2]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_exclusion_listed_twice_is_refused_with_both_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "notebook,printed,why\na.ipynb,95 %,level\na.ipynb,95\u00A0%,again\n");
            var e = Assert.Throws<DataFileException>(() => NotebookProse.ReadExclusions(path, "prose-exclusions.csv"));
            Assert.Equal(3, e.Line);
            Assert.Contains("on line 2", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Shipped_notebooks_write_no_percentage_that_is_neither_a_figure_nor_excluded()
    {
        var problems = NotebookProse.Problems(RepositoryLayout.Notebooks(RepositoryStudies.Root), RepositoryStudies.All);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static TempStudy Study54() => new(TempStudy.Ledger(TempStudy.Row("q.a", "54", "c1")));

    private static string Notebook(string code, params string[] markdown)
    {
        var cells = new List<object> { new { cell_type = "code", source = code, metadata = new { }, outputs = Array.Empty<object>() } };
        cells.AddRange(markdown.Select(m => new { cell_type = "markdown", source = m, metadata = new { } }));
        return JsonSerializer.Serialize(new { cells, nbformat = 4 });
    }
}
