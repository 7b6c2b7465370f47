"""jupyter_kernel_test's conformance suite on the C# kernel (KERNEL_NAME), with C# samples."""
import os
import sys
import unittest

import jupyter_kernel_test


class CSharpKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ["KERNEL_NAME"]
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to stderr");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"con" + "cat"', "result": "concat"},
    ]
    code_display_data = [
        {"code": 'display("<b>bold</b>", "text/html");', "mime": "text/html"},
        {"code": 'display(new { A = 1 });', "mime": "text/plain"},
    ]
    code_generate_error = 'throw new InvalidOperationException("expected failure");'
    complete_code_samples = ["1 + 1", "var x = 1;", 'Console.WriteLine("x");', "for (var i = 0; i < 2; i++) { }"]
    incomplete_code_samples = ["for (var i = 0; i < 2; i++) {", "var list = new List<int> {", "int Twice(int v) =>"]
    invalid_code_samples = ["#!fsharp\n1 + 1", "var = ;"]
    completion_samples = [
        {"text": "Console.Wri", "matches": {"Write", "WriteLine"}},
        {"text": "Math.Sqr", "matches": {"Sqrt"}},
    ]
    code_inspect_sample = "Console.WriteLine"


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
