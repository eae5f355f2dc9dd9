import fc from 'fast-check';

// fast-check prints a failing property's counterexample with a recursive stringify, which
// overflows the stack on the hostile harness's 10^4-deep values and hides the real failure
// (CI failed that way on simulateHostile). This reporter prints the usual report when it can,
// and otherwise the seed, the path to replay and the property's own error.
fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  reporter(details) {
    if (!details.failed) return;
    let message: string | undefined;
    try {
      message = fc.defaultReportMessage(details);
    } catch {
      const error = details.errorInstance;
      message = [
        `Property failed after ${details.numRuns} test(s); its counterexample is too deep to print.`,
        `Replay with { seed: ${details.seed}, path: "${details.counterexamplePath ?? ''}" }.`,
        `Its error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        error instanceof Error && error.stack !== undefined ? error.stack : '',
      ].join('\n');
    }
    throw new Error(message ?? 'Property failed', { cause: details.errorInstance });
  },
});
