"""Sums the TRX counters of a test run and prints the closing line CI reads: 'N passed, N failed'."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
if passed + failed == 0:
    print("no test results found", file=sys.stderr)
    failed = 1
print(f"{passed} passed, {failed} failed")
