import type { Command } from '../command.js';
import { check } from './check.js';
import { contract } from './contract.js';
import { demo } from './demo.js';
import { schema } from './schema.js';
import { settle } from './settle.js';
import { plan } from './plan.js';
import { policy } from './policy.js';
import { report } from './report.js';
import { split } from './split.js';
import { simulate } from './simulate.js';
import { test } from './test.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [demo, check, split, settle, contract, plan, policy, test, simulate, report, schema];
