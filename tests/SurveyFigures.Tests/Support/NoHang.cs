namespace SurveyFigures.Tests.Support;

/// <summary>Runs what might block forever (reading a FIFO) so that a hang fails the test with a TimeoutException instead.</summary>
public static class NoHang
{
    public static Task<T> Run<T>(Func<T> action) => Task.Run(action).WaitAsync(TimeSpan.FromSeconds(20));
}
