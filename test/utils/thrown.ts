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
