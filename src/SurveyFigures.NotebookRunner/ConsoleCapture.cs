using System.Text;

namespace SurveyFigures.NotebookRunner;

/// <summary>Redirects Console.Out/Error into a cell's outputs while the cell runs, restoring them afterwards.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter originalOut = Console.Out;
    private readonly TextWriter originalError = Console.Error;

    public ConsoleCapture(OutputCollector outputs)
    {
        Console.SetOut(new StreamWriter(outputs, "stdout"));
        Console.SetError(new StreamWriter(outputs, "stderr"));
    }

    public void Dispose()
    {
        Console.SetOut(originalOut);
        Console.SetError(originalError);
    }

    private sealed class StreamWriter(OutputCollector outputs, string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => outputs.Stream(name, value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                outputs.Stream(name, value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    }
}
