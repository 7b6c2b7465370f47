namespace SurveyFigures.NotebookRunner; internal static class Program { private static int Main(string[] args) { return 0; } }
