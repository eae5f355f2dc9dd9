import type { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionMetadata, FunctionPlugin, FunctionPluginDefinition, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { isPartnershipError } from '../errors.js';
import { SHEET_FUNCTIONS, type SheetFunction } from '../sheets/catalogue.js';
import * as functions from '../sheets/functions.js';
import type { CellArgument, CellRows } from '../sheets/index.js';

/**
 * What `registerPartnershipFunctions` uses of hyperformula: the `HyperFormula` class (its
 * registry) and the classes a plugin is built from. hyperformula's default export
 * (`import HyperFormula from 'hyperformula'`, the browser global `HyperFormula`) carries them
 * all as static fields, and its module (`import * as hyperformula from 'hyperformula'`,
 * `require('hyperformula')`) as exports: either will do. The plugin is built from the host's own
 * copy, so this entry imports nothing of hyperformula.
 */
export interface HyperFormulaClass {
  readonly HyperFormula: Pick<typeof HyperFormula, 'registerFunctionPlugin' | 'getFunctionPlugin'>;
  readonly FunctionPlugin: typeof FunctionPlugin;
  readonly FunctionArgumentType: typeof FunctionArgumentType;
  readonly ArraySize: typeof ArraySize;
  readonly SimpleRangeValue: typeof SimpleRangeValue;
  readonly CellError: typeof CellError;
  readonly ErrorType: typeof ErrorType;
}

/** The static field that tells our plugin from another registered under the same names. */
const MARK = 'webcastPartnershipFunctions';

/** HyperFormula's `EmptyValue` is a symbol, and an omitted optional argument is `undefined`: both are blank cells. */
function toCells(range: typeof SimpleRangeValue, value: unknown): CellArgument {
  if (value instanceof range) return value.rawData().map((row) => row.map((cell) => toCells(range, cell))) as CellArgument;
  if (value === undefined || typeof value === 'symbol') return null;
  return value as CellArgument;
}

/** The plugin already registered in this HyperFormula class, if it is ours. */
export function registered(hyperformula: HyperFormulaClass): FunctionPluginDefinition | undefined {
  const plugin = hyperformula.HyperFormula.getFunctionPlugin(SHEET_FUNCTIONS[0]!.name) as (FunctionPluginDefinition & { [MARK]?: true }) | undefined;
  return plugin?.[MARK] === true ? plugin : undefined;
}

/**
 * Builds the HyperFormula `FunctionPlugin` of every function in `SHEET_FUNCTIONS`, from the
 * classes of the given HyperFormula: each parameter `RANGE` or `SCALAR` as the catalogue says, a
 * `sizeOfResultArrayMethod` from each function's `result`, and a `PartnershipError` shown as a
 * `#VALUE!` error carrying the library's message.
 *
 * @param hyperformula - hyperformula's default export or module (see {@link HyperFormulaClass}).
 * @returns the plugin class, not registered: pass it to `HyperFormula.registerFunctionPlugin` with
 *   `PARTNERSHIP_FUNCTION_TRANSLATIONS`, or let {@link registerPartnershipFunctions} do both.
 *
 * @example
 * partnershipPlugin(HyperFormula).implementedFunctions.PARTNERSHIP_SPLIT.sizeOfResultArrayMethod
 * //=> 'partnership_splitSize'
 */
export function partnershipPlugin(hyperformula: HyperFormulaClass): FunctionPluginDefinition {
  const { ArraySize, CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } = hyperformula;
  const implementedFunctions: Record<string, FunctionMetadata> = {};

  class PartnershipPlugin extends hyperformula.FunctionPlugin {
    static override implementedFunctions = implementedFunctions;
    static [MARK] = true as const;

    /** Runs one function on its evaluated arguments; its result, or its `PartnershipError`, as HyperFormula values. */
    callSheetFunction(fn: SheetFunction, ast: { args: never[] }, state: never) {
      const call = functions[fn.name] as (...args: CellArgument[]) => CellRows;
      return this.runFunction(ast.args, state, this.metadata(fn.name), (...args: unknown[]) => {
        try {
          return SimpleRangeValue.onlyValues(call(...args.map((arg) => toCells(SimpleRangeValue, arg))));
        } catch (error) {
          if (isPartnershipError(error)) return new CellError(ErrorType.VALUE, error.message);
          throw error;
        }
      });
    }

    /** The size of a function's result before it runs, as `SHEET_FUNCTIONS` gives it: fixed, or the shape of a range argument. */
    sheetFunctionSize(fn: SheetFunction, ast: { args: never[] }, state: never) {
      const { result } = fn;
      if (!('shapeOf' in result)) return new ArraySize(result.columns, result.rows);
      const range = ast.args[fn.parameters.findIndex((parameter) => parameter.name === result.shapeOf)];
      if (range === undefined) return ArraySize.error();
      const { width, height } = this.arraySizeForAst(range, state);
      return new ArraySize(width, height);
    }
  }

  const prototype = PartnershipPlugin.prototype as unknown as Record<string, (ast: { args: never[] }, state: never) => unknown>;
  for (const fn of SHEET_FUNCTIONS) {
    const method = fn.name.toLowerCase();
    const size = `${method}Size`;
    implementedFunctions[fn.name] = {
      method,
      sizeOfResultArrayMethod: size,
      parameters: fn.parameters.map((parameter) => ({
        argumentType: parameter.range ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        ...(parameter.optional ? { optionalArg: true } : {}),
      })),
      // A range is the whole argument, never one cell of a broadcast.
      vectorizationForbidden: true,
    };
    prototype[method] = function (this: PartnershipPlugin, ast, state) {
      return this.callSheetFunction(fn, ast, state);
    };
    prototype[size] = function (this: PartnershipPlugin, ast, state) {
      return this.sheetFunctionSize(fn, ast, state);
    };
  }
  return PartnershipPlugin;
}
