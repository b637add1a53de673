// Closes a Jest run with one plain line that a person and CI can both read: "N passed, N failed".
// Printed when the process exits, so that it comes after Jest's own summary and the coverage report.
const { writeSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suiteErrors = results.numRuntimeErrorTestSuites;
    const parts = [`${results.numPassedTests} passed`, `${results.numFailedTests} failed`];
    if (skipped > 0) parts.push(`${skipped} skipped`);
    const lines = [`\n${parts.join(', ')}`];
    if (suiteErrors > 0) lines.push(`${suiteErrors} test file(s) could not run`);
    const print = () => {
      // Jest sets the exit code in an exit listener of its own, after the run (and this reporter).
      const code = process.exitCode ?? 0;
      if (code !== 0 && results.numFailedTests === 0 && suiteErrors === 0) {
        lines.push(`Jest exits with code ${code}: see above (coverage under its threshold?)`);
      }
      writeSync(1, `${lines.join('\n')}\n`);
    };
    // A normal end empties the event loop ('beforeExit'); by then Jest's exit listener is in place,
    // so a listener added now runs after it. With --forceExit there is no 'beforeExit'.
    let afterJest = false;
    process.once('beforeExit', () => {
      afterJest = true;
      process.once('exit', print);
    });
    process.once('exit', () => {
      if (!afterJest) print();
    });
  }
}
module.exports = SummaryReporter;
