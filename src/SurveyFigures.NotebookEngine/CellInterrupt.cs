using System.Runtime.CompilerServices;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Cooperative interruption of running cell code. The engine inserts a call to <see cref="Check"/> at the top of
/// every loop body and every method or lambda body of a cell (see <see cref="InterruptPoints"/>), so even a
/// <c>while (true) {}</c> stops when the session is interrupted. The fast path is one static read.
/// </summary>
public static class CellInterrupt
{
    private static readonly AsyncLocal<CancellationToken> CurrentToken = new();
    // Set at the first interrupt of the process and kept: until then loops pay one static read, afterwards an AsyncLocal read too.
    private static int _requested;

    /// <summary>The running cell's cancellation (flows into the tasks and threads it starts).</summary>
    public static CancellationToken Token => CurrentToken.Value;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the cell running this code was interrupted.</summary>
    public static void Check()
    {
        if (Volatile.Read(ref _requested) != 0 && CurrentToken.Value.IsCancellationRequested)
        {
            throw new OperationCanceledException("The cell was interrupted.", CurrentToken.Value);
        }
    }

    /// <summary>
    /// Inserted at the top of every method, local function, lambda and accessor body: <see cref="Check"/>, and an
    /// <see cref="InsufficientExecutionStackException"/> when the thread's stack is nearly used up, so runaway
    /// recursion is an error of the cell instead of a stack overflow, which no handler can catch and which ends the
    /// process (the kernel, with every variable of the session).
    /// </summary>
    public static void CheckCall()
    {
        Check();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new InsufficientExecutionStackException(
                "The cell's code recursed until the stack was nearly exhausted (infinite recursion?); it was stopped before the stack overflowed.");
        }
    }

    /// <summary><see cref="CheckCall"/> for an expression-bodied method or local function: true, so the body reads <c>Call() ? (expr) : default(T)</c>.</summary>
    public static bool Call()
    {
        CheckCall();
        return true;
    }

    internal static void Enter(CancellationToken token) => CurrentToken.Value = token;

    internal static void Exit() => CurrentToken.Value = default;

    internal static void Requested() => Volatile.Write(ref _requested, 1);
}
