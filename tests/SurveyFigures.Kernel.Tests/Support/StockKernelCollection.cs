namespace SurveyFigures.Kernel.Tests.Support;

/// <summary>
/// The test classes that start the stock .NET Interactive kernel run one after the other. Two of its kernels starting
/// at once both pick the first free port of the kernelspec's HTTP range, and one of them then fails to bind it
/// ("Failed to bind to address http://127.0.0.1:2048: address already in use", seen in a CI run of 2026-12-06).
/// </summary>
[CollectionDefinition(Name)]
public sealed class StockKernelCollection
{
    public const string Name = "stock .NET Interactive kernel";
}
