using SurveyFigures.Data;
using Columns = SurveyFigures.Charts.CrossStudyThemeColumns;

namespace SurveyFigures.Charts;

/// <summary>
/// Reads data/cross-study-themes.csv and checks every reference: each study is a loaded study, each figure a figure
/// of that study, each theme has one label and draws on at least two studies. Errors name the file, line, column,
/// value and what was expected.
/// </summary>
internal static class CrossStudyThemesReader
{
    public const string FileName = "cross-study-themes.csv";

    /// <summary>The file under a repository root.</summary>
    public static string PathIn(string root) => Path.Combine(root, "data", FileName);

    /// <summary>Reads and checks data/cross-study-themes.csv against <paramref name="studies"/>.</summary>
    public static IReadOnlyList<CrossStudyTheme> Load(string root, IEnumerable<Study> studies) =>
        Read(CsvTable.Read(PathIn(root), Path.Combine("data", FileName)), studies);

    public static IReadOnlyList<CrossStudyTheme> Read(CsvTable table, IEnumerable<Study> studies)
    {
        table.RequireColumns(Columns.All);
        var byId = studies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var themes = new List<(string Id, LocalizedText Label, long Line, List<CrossStudyFigure> Figures)>();
        foreach (var line in table.Lines)
        {
            string Field(string column) => table.Get(line, column);
            DataFileException Bad(string column, string problem, string expected) => new(table.File, problem, line.Number, column, Field(column), expected);

            table.RequireValues(line, Columns.All);
            var id = Field(Columns.Theme);
            if (!Ids.IsValid(id))
            {
                throw Bad(Columns.Theme, "invalid theme id", "lower-case words joined by '.' or '-', such as time-saved");
            }
            var label = new LocalizedText(Field(Columns.ThemeLabelFr), Field(Columns.ThemeLabelEn));
            var index = themes.FindIndex(t => t.Id == id);
            if (index < 0)
            {
                themes.Add((id, label, line.Number, []));
                index = themes.Count - 1;
            }
            var theme = themes[index];
            foreach (var (column, text, first) in new[] { (Columns.ThemeLabelFr, label.Fr, theme.Label.Fr), (Columns.ThemeLabelEn, label.En, theme.Label.En) })
            {
                if (text != first)
                {
                    throw Bad(column, $"theme '{id}' has another label on line {theme.Line}", $"'{first}' (one label per theme)");
                }
            }
            var studyId = StudyReferences.Figure(table, line, byId, Columns.Study, Columns.Figure).Id;
            var figure = Field(Columns.Figure);
            if (theme.Figures.FirstOrDefault(f => f.Study == studyId && f.Figure == figure) is { } twice)
            {
                throw Bad(Columns.Figure, $"figure listed twice under theme '{id}' (first on line {twice.Line})", "each figure once per theme");
            }
            theme.Figures.Add(new CrossStudyFigure(id, studyId, figure, new LocalizedText(Field(Columns.NoteFr), Field(Columns.NoteEn)), line.Number));
        }
        foreach (var theme in themes)
        {
            var named = theme.Figures.Select(f => f.Study).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count < 2)
            {
                throw new DataFileException(table.File, $"theme '{theme.Id}' draws on one study only", theme.Line, Columns.Study, named[0],
                    "figures from at least two studies under each theme");
            }
        }
        return themes.Select(t => new CrossStudyTheme(t.Id, t.Label, t.Figures)).ToList();
    }
}
