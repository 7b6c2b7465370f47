using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>The formatters of every value a notebook displays, found by .NET Interactive's naming convention.</summary>
public sealed class NotebookFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new NotebookFormatter(typeof(ChartView), "text/html", (v, w) => w.Write(ChartHtml.Render((ChartView)v))),
        new NotebookFormatter(typeof(ChartView), ChartView.PlotlyMimeType, (v, w) => w.Write(((ChartView)v).PlotlyJson)),
        new NotebookFormatter(typeof(ChartView), "text/plain", (v, w) => w.Write(((ChartView)v).Title)),
        new NotebookFormatter(typeof(FigureTable), "text/html", (v, w) => w.Write(TableHtml.Render((FigureTable)v))),
        new NotebookFormatter(typeof(FigureTable), "text/plain", (v, w) => w.Write(TableText.Render((FigureTable)v))),
        new NotebookFormatter(typeof(TextTable), "text/html", (v, w) => w.Write(TableHtml.Render((TextTable)v))),
        new NotebookFormatter(typeof(TextTable), "text/plain", (v, w) => w.Write(TableText.Render((TextTable)v))),
        new NotebookFormatter(typeof(ChartList), "text/html", (v, w) => w.Write(ChartHtml.Render((ChartList)v))),
        new NotebookFormatter(typeof(ChartList), "text/plain", (v, w) => w.Write(string.Join("\n", ((ChartList)v).Select(c => c.Title)))),
        new NotebookFormatter(typeof(StudyView), "text/html", (v, w) => w.Write(StudyHtml.Render((StudyView)v))),
        new NotebookFormatter(typeof(StudyView), "text/plain", (v, w) => w.Write(((StudyView)v).Summary.Title)),
        new NotebookFormatter(typeof(StudySummary), "text/html", (v, w) => w.Write(StudyHtml.Render((StudySummary)v))),
        new NotebookFormatter(typeof(StudyList), "text/html", (v, w) => w.Write(StudyHtml.Render((StudyList)v))),
        new NotebookFormatter(typeof(StudyList), "text/plain", (v, w) => w.Write(string.Join("\n", ((StudyList)v).Select(s => s.Title)))),
        new NotebookFormatter(typeof(StudySummary), "text/plain", (v, w) => w.Write(((StudySummary)v).Title)),
    ];
}

/// <summary>One formatter in the shape the convention expects: a type, a MIME type and a Format method.</summary>
public sealed class NotebookFormatter(Type type, string mimeType, Action<object, TextWriter> write)
{
    public Type Type { get; } = type;
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer)
    {
        if (!Type.IsInstanceOfType(instance))
        {
            return false;
        }
        write(instance, writer);
        return true;
    }
}
