using System.Collections;
using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>Several charts shown as charts: one after the other, each at full width, never squeezed into a table's cells.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record ChartList(IReadOnlyList<ChartView> Charts) : IReadOnlyList<ChartView>
{
    public ChartView this[int index] => Charts[index];
    public int Count => Charts.Count;
    public IEnumerator<ChartView> GetEnumerator() => Charts.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
