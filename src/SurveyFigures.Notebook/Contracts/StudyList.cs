using System.Collections;
using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// The studies, shown as their cards one after the other, with their titles as text/plain. A plain list would give
/// .NET Interactive no text/plain (it sends only the preferred types) while the runner adds one; naming the types
/// here makes both kernels send the same.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class StudyList(IReadOnlyList<StudySummary> studies) : IReadOnlyList<StudySummary>
{
    private IReadOnlyList<StudySummary> Studies { get; } = studies;

    public StudySummary this[int index] => Studies[index];
    public int Count => Studies.Count;
    public IEnumerator<StudySummary> GetEnumerator() => Studies.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
