// Registers the webcast-partnership custom functions in HyperFormula, a headless
// spreadsheet engine, then evaluates a small sheet. Run: node examples/hyperformula.mjs
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import * as sheets from 'webcast-partnership/sheets';

/**
 * A sheet value as the wrapper expects it: ranges as rows of cells, empty cells as null. Date,
 * percentage and currency cells stay HyperFormula's `DateNumber`, `PercentNumber`, … objects,
 * which the wrapper reads by their kind.
 */
function toCells(value) {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toCells));
  if (value === undefined || (typeof value === 'symbol')) return null; // HyperFormula's EmptyValue
  return value;
}

/** Calls one wrapper function and turns its result, or its PartnershipError, into HyperFormula values. */
function call(fn, args) {
  try {
    return SimpleRangeValue.onlyValues(fn(...args.map(toCells)));
  } catch (error) {
    if (sheets.isPartnershipError(error)) return new CellError(ErrorType.VALUE, error.message);
    throw error;
  }
}

/** Builds a HyperFormula FunctionPlugin for every function of SHEET_FUNCTIONS. */
export function partnershipPlugin() {
  class PartnershipPlugin extends FunctionPlugin {}
  PartnershipPlugin.implementedFunctions = {};
  for (const fn of sheets.SHEET_FUNCTIONS) {
    const method = fn.name.toLowerCase();
    const size = `${method}Size`;
    PartnershipPlugin.implementedFunctions[fn.name] = {
      method,
      sizeOfResultArrayMethod: size,
      parameters: fn.parameters.map((p) => ({
        argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
      vectorizationForbidden: true,
    };
    PartnershipPlugin.prototype[method] = function (ast, state) {
      return this.runFunction(ast.args, state, this.metadata(fn.name), (...args) => call(sheets[fn.name], args));
    };
    PartnershipPlugin.prototype[size] = function (ast, state) {
      // The result's size, as SHEET_FUNCTIONS gives it: fixed, or the shape of a range argument.
      if (!('shapeOf' in fn.result)) return new ArraySize(fn.result.columns, fn.result.rows);
      const range = ast.args[fn.parameters.findIndex((p) => p.name === fn.result.shapeOf)];
      if (range === undefined) return ArraySize.error();
      const { width, height } = this.arraySizeForAst(range, state);
      return new ArraySize(width, height);
    };
  }
  return PartnershipPlugin;
}

/** A translation package giving every function its own name in English. */
export const translations = { enGB: Object.fromEntries(sheets.SHEET_FUNCTIONS.map((f) => [f.name, f.name])) };

export function demoSheet() {
  HyperFormula.registerFunctionPlugin(partnershipPlugin(), translations);
  const hf = HyperFormula.buildFromArray(
    [
      ['received', 'breakeven', 'platform', 'organizer'],
      [5000, 3000, '=PARTNERSHIP_SPLIT(A2, B2)'],
      [2500, 3000, '=PARTNERSHIP_SPLIT(A3, B3)'],
    ],
    { licenseKey: 'gpl-v3' },
  );
  return [hf.getCellValue({ sheet: 0, row: 1, col: 2 }), hf.getCellValue({ sheet: 0, row: 1, col: 3 }), hf.getCellValue({ sheet: 0, row: 2, col: 3 })];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(demoSheet()));
  //=> [4000,1000,0]
}
