// Closes a Jest run with one plain line that a person and CI can both read: "N passed, N failed".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suiteErrors = results.numRuntimeErrorTestSuites;
    const parts = [`${results.numPassedTests} passed`, `${results.numFailedTests} failed`];
    if (skipped > 0) parts.push(`${skipped} skipped`);
    process.stdout.write(`\n${parts.join(', ')}\n`);
    if (suiteErrors > 0) {
      process.stdout.write(`${suiteErrors} test file(s) could not run\n`);
    }
  }
}
module.exports = SummaryReporter;
