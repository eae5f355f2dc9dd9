/**
 * ISO 4217 currency codes and their minor units (the number of decimals), as
 * published by the ISO 4217 maintenance agency (SIX): list one as amended up to
 * **amendment 180** (effective 2026-01-01: Bulgaria adopted the euro, BGN left
 * list one). Amendment 179 added XAD, the Arab Accounting Dinar of the Arab
 * Monetary Fund, with a minor unit of 2.
 *
 * Codes whose minor unit is "N.A." (precious metals XAU, XAG, XPD, XPT, the
 * bond-market units XBA–XBD, XDR, XSU, XUA and the testing codes XTS, XXX)
 * are left out on purpose: no amount of money can be stated in them.
 *
 * Sources checked on 2026-12-01: the amendment numbers below as recorded by
 * dinero.js 2.0.2 (whose table follows amendment 179 and agrees with ours, BGN
 * aside), the JDK's "ISO 4217 Amendment 179 Update" and NodaMoney; SIX's own
 * amendment documents were not reachable from here.
 */
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN ' +
  'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ZMW ZWG';

/**
 * Codes this library accepted while they were current and that have since left list one (they
 * are on list three, the historic codes), each with a minor unit of 2. They stay accepted, so
 * that statements written in them still read and settle; `currencyInfo` says they are historic,
 * and which amendment took them off. Older codes (FRF, DEM) were never accepted and are not added.
 * Kept as bare codes here, so that the global sheets bundle carries no more than the codes.
 */
export const HISTORIC_EXPONENT_2 = 'ANG BGN CUC SLL ZWL';

let table: ReadonlyMap<string, number> | undefined;

/** The code → minor units table, current and historic codes alike, built on first use so that importing stays free. */
export function currencyTable(): ReadonlyMap<string, number> {
  if (table === undefined) {
    const built = new Map<string, number>();
    for (const [codes, exponent] of [
      [EXPONENT_0, 0],
      [EXPONENT_2, 2],
      [EXPONENT_3, 3],
      [EXPONENT_4, 4],
      [HISTORIC_EXPONENT_2, 2],
    ] as const) {
      for (const code of codes.split(' ')) built.set(code, exponent);
    }
    table = built;
  }
  return table;
}
