import { isPartnershipError } from '../../src/index.js';
import type { PartnershipIssue } from '../../src/index.js';

/** The code, message and issues of the PartnershipError a call throws; fails if it returns or throws anything else. */
export function thrown(run: () => unknown): { code: string; message: string; issues: readonly PartnershipIssue[] } {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return { code: error.code, message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error('expected a PartnershipError, got a result');
}

/** Whatever a call throws, PartnershipError or not; fails if it returns. */
export function caught(run: () => unknown): any { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any field
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
