namespace SurveyFigures.Data;

/// <summary>
/// A figure of a study named by two columns of a CSV row (data/cross-study-themes.csv, data/editions.csv): the study must
/// be a loaded study and the figure one of its ledger's, or the row is refused at its line and column.
/// </summary>
internal static class StudyReferences
{
    public static Study Figure(CsvTable table, CsvLine line, IReadOnlyDictionary<string, Study> studies, string studyColumn, string figureColumn)
    {
        var studyId = table.Get(line, studyColumn);
        if (!studies.TryGetValue(studyId, out var study))
        {
            throw new DataFileException(table.File, "unknown study", line.Number, studyColumn, studyId,
                $"one of {string.Join(", ", studies.Keys.Order(StringComparer.Ordinal))} (a folder under data/studies)");
        }
        var figure = table.Get(line, figureColumn);
        if (!study.HasFigure(figure))
        {
            throw new DataFileException(table.File, $"study '{studyId}' has no such figure", line.Number, figureColumn, figure, $"an id from {study.ShownLedgerPath}");
        }
        return study;
    }
}
