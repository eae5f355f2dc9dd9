import type { FunctionPluginDefinition } from 'hyperformula';
import { PartnershipError } from '../errors.js';
import { partnershipPlugin, registered, type HyperFormulaClass } from './plugin.js';
import { PARTNERSHIP_FUNCTION_TRANSLATIONS } from './translations.js';

const NEEDED = ['FunctionPlugin', 'FunctionArgumentType', 'ArraySize', 'SimpleRangeValue', 'CellError', 'ErrorType'] as const;

/**
 * Registers the custom functions (`PARTNERSHIP_SPLIT`, … and their French names,
 * `PARTENARIAT_PARTAGE`, …) in HyperFormula, for the engines built afterwards.
 *
 * Names are added to the languages registered at the time of the call (HyperFormula's rule):
 * register `frFR` first, or call again after. Calling again is harmless: the plugin already
 * registered is kept, and the names of languages registered since are added.
 *
 * @param hyperformula - hyperformula's default export (`import HyperFormula from 'hyperformula'`,
 * the browser global `HyperFormula`) or its module (`import * as hyperformula from 'hyperformula'`).
 * @returns the plugin class registered.
 * @throws {PartnershipError} `invalid_argument` when `hyperformula` is neither (the named export
 * `{ HyperFormula }` alone lacks the classes a plugin is built from).
 *
 * @example
 * import HyperFormula from 'hyperformula';
 * registerPartnershipFunctions(HyperFormula);
 * HyperFormula.buildFromArray([['=PARTNERSHIP_SPLIT(5000, 3000)']], { licenseKey: 'gpl-v3' }).getSheetValues(0)
 * //=> [[4000, 1000]]
 */
export function registerPartnershipFunctions(hyperformula: HyperFormulaClass): FunctionPluginDefinition {
  const missing = [...NEEDED, 'HyperFormula' as const].filter((name) => hyperformula?.[name] === undefined);
  if (missing.length > 0) {
    throw new PartnershipError(
      'invalid_argument',
      `Expected \`hyperformula\` to be hyperformula's default export (\`import HyperFormula from 'hyperformula'\`) or its module, got a value without ${missing.map((name) => `\`${name}\``).join(', ')}`,
    );
  }
  const plugin = registered(hyperformula) ?? partnershipPlugin(hyperformula);
  hyperformula.HyperFormula.registerFunctionPlugin(plugin, PARTNERSHIP_FUNCTION_TRANSLATIONS);
  return plugin;
}
