// The custom functions in HyperFormula, a headless spreadsheet engine. Run: node examples/hyperformula.mjs
import HyperFormula from 'hyperformula';
import { registerPartnershipFunctions } from 'webcast-partnership/hyperformula';
registerPartnershipFunctions(HyperFormula);
const hf = HyperFormula.buildFromArray([[5000, 3000, '=PARTNERSHIP_SPLIT(A1, B1)']], { licenseKey: 'gpl-v3' });
console.log(JSON.stringify(hf.getSheetValues(0)[0]));
//=> [5000,3000,4000,1000]
