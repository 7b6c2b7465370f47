namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// The kernel's own log, on the process's real stderr (Jupyter clients keep it in their log). Console.Error itself
/// belongs to the cells once the engine routes it.
/// </summary>
internal static class KernelLog
{
    private static readonly TextWriter Writer = TextWriter.Synchronized(
        new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });

    public static void Write(string message) =>
        Writer.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] kernel: {message}");
}
