/**
 * ISO 4217 active currency codes and their minor units (the number of
 * decimals), as published by the ISO 4217 maintenance agency (list one,
 * amendment of 2025, with XCG and ZWG).
 *
 * Codes whose minor unit is "N.A." (precious metals XAU, XAG, XPD, XPT, the
 * bond-market units XBA–XBD, XDR, XSU, XUA and the testing codes XTS, XXX)
 * are left out on purpose: no amount of money can be stated in them.
 */
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN ' +
  'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

let table: ReadonlyMap<string, number> | undefined;

/** The code → minor units table, built on first use so that importing stays free. */
export function currencyTable(): ReadonlyMap<string, number> {
  if (table === undefined) {
    const built = new Map<string, number>();
    for (const [codes, exponent] of [
      [EXPONENT_0, 0],
      [EXPONENT_2, 2],
      [EXPONENT_3, 3],
      [EXPONENT_4, 4],
    ] as const) {
      for (const code of codes.split(' ')) built.set(code, exponent);
    }
    table = built;
  }
  return table;
}
