using System.Text;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Routes Console.Out, Console.Error and Console.In to the output of the cell that is writing. The route flows with
/// the execution context, so a task or thread a cell starts keeps writing to that cell's output after the cell
/// has returned, and two sessions in one process never see each other's text. Outside any cell, the process's
/// own console is used.
/// </summary>
public static class ConsoleRouter
{
    private static readonly AsyncLocal<ICellOutput?> Current = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>The output of the cell whose code is running on this execution context, if any.</summary>
    public static ICellOutput? Output => Current.Value;

    /// <summary>Routes console calls made on this execution context (and the ones it starts) to the output.</summary>
    public static Scope Route(ICellOutput output)
    {
        Install();
        var previous = Current.Value;
        Current.Value = output;
        return new Scope(previous);
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            var (stdout, stderr, stdin) = (Console.Out, Console.Error, Console.In);
            Console.SetOut(new RoutedWriter("stdout", stdout));
            Console.SetError(new RoutedWriter("stderr", stderr));
            Console.SetIn(new RoutedReader(stdin));
            _installed = true;
        }
    }

    /// <summary>Restores the previous route when disposed.</summary>
    public readonly struct Scope(ICellOutput? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    private sealed class RoutedWriter(string name, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }
            if (Current.Value is { } output)
            {
                output.Stream(name, value);
            }
            else
            {
                fallback.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush()
        {
            if (Current.Value is null)
            {
                fallback.Flush();
            }
        }
    }

    private sealed class RoutedReader(TextReader fallback) : TextReader
    {
        public override string? ReadLine() =>
            Current.Value is { } output ? output.ReadLine("", CellInterrupt.Token) : fallback.ReadLine();

        public override int Read() => throw new NotSupportedException(
            "A notebook cell reads input a line at a time: use Console.ReadLine().");
    }
}
