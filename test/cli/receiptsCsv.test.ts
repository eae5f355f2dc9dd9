import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartnershipError } from '../../src/errors.js';
import { csvAmount, csvReceipt, csvReceipts, onCsvLines, plainAmount, receiptColumns } from '../../src/cli/receiptsCsv.js';

function headerFailure(header: string[]) {
  try {
    receiptColumns(header);
  } catch (error) {
    return error as PartnershipError;
  }
  throw new Error('expected receiptColumns to fail');
}

describe('receiptColumns', () => {
  it.each([
    [['id', 'stream', 'amount', 'receivedAt']],
    [['ID', 'Stream', 'Amount', 'ReceivedAt', 'Currency']],
    [['  id ', ' STREAM', 'amount  ', 'received_at']],
    [['ID', 'Flux', 'Montant', 'Reçu le', 'Devise']],
    [['id', 'flux', 'montant', 'date']],
    [['Id', 'Flux', 'Montant', 'REÇU  LE']],
  ])('reads the header %j', (header) => {
    const columns = receiptColumns(header.map((h) => h.trim()));
    expect(columns.index.id).toBe(0);
    expect(columns.index.stream).toBe(1);
    expect(columns.index.amount).toBe(2);
    expect(columns.index.receivedAt).toBe(3);
    expect(columns.names.amount).toBe(header[2]!.trim());
  });

  it('reads a decomposed ç (NFD) as the composed one', () => {
    expect(receiptColumns(['id', 'flux', 'montant', 'Rec\u0327u le']).index.receivedAt).toBe(3);
  });

  it('names every column missing', () => {
    const error = headerFailure(['id', 'amount']);
    expect(error.code).toBe('csv_header_invalid');
    expect(error.issues[0]!.path).toBe('line 1');
    expect(error.issues[0]!.message).toMatch(/^Expected the header row to name stream, receivedAt \(stream or flux; receivedat or received_at\), got id, amount$/);
  });

  it('refuses an unknown column, with the name it is closest to', () => {
    const error = headerFailure(['id', 'stream', 'amount', 'receivedAt', 'devsie']);
    expect(error.issues[0]!.message).toBe('Expected a known column name, got `devsie`; did you mean `devise`?');
  });

  it('refuses a column named twice under two names', () => {
    const error = headerFailure(['id', 'stream', 'amount', 'date', 'receivedAt']);
    expect(error.issues[0]!.message).toBe('Expected one column for receivedAt, got `date` and `receivedAt`');
  });
});

describe('csvAmount', () => {
  it.each([
    ['1000,50', true, '1000.50'],
    ['-250,50', true, '-250.50'],
    ['+3,5', true, '+3.5'],
    ['1000', true, '1000'],
    ['10.50', true, '10.50'],
    [' 42,00 ', true, '42.00'],
    ['1000.50', false, '1000.50'],
    ['-250.50', false, '-250.50'],
    ['1000', false, '1000'],
  ])('reads %j (decimal comma: %s) as %j', (cell, decimalComma, amount) => {
    expect(csvAmount(cell, decimalComma)).toEqual({ amount });
  });

  it.each([
    ['1 000,50', true],
    ['1.000,50', true],
    ['1.000', true],
    ['12.500.000', true],
    ['1,000,000', true],
    ['1\u202f000,50', true],
    ['1\u00a0000,50', true],
    ["1'000,50", true],
    ['1,000.50', false],
    ['1,000', false],
    ['1 000.50', false],
    ['1\u202f000.50', false],
  ])('refuses thousands separators in %j (decimal comma: %s), saying so', (cell, decimalComma) => {
    const read = csvAmount(cell, decimalComma);
    expect(read).toMatchObject({ note: 'thousands separators are not accepted' });
  });

  it('asks for --decimal-comma for a decimal comma in a file that has decimal points', () => {
    expect(csvAmount('1000,50', false)).toEqual({ expected: 'an amount with a decimal point, such as `1000.50`', note: 'give --decimal-comma to read decimal commas' });
  });

  it('leaves anything else to the core, which says what an amount is', () => {
    expect(csvAmount('abc', true)).toEqual({ amount: 'abc' });
    expect(csvAmount('', false)).toEqual({ amount: '' });
  });
});

describe('plainAmount', () => {
  it('reads digits, a sign and one decimal mark, leaving anything else to csvAmount', () => {
    expect(plainAmount('1000.50', false)).toBe('1000.50');
    expect(plainAmount('-250,50', true)).toBe('-250.50');
    expect(plainAmount('+7', true)).toBe('+7');
    for (const text of ['1.000,50', '1 000', '1,000.50', '', '-', '1.', '.5', '1,5', 'abc']) expect(plainAmount(text, false)).toBeUndefined();
    for (const text of ['1.000', '1.5', '1,', ',5', '1,000,5']) expect(plainAmount(text, true)).toBeUndefined();
  });

  describe('properties', () => {
    it('gives what csvAmount gives, whenever it gives anything', () => {
      const text = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', '-', '+', ' ', '\u00a0', 'e', '٣'), maxLength: 10 });
      fc.assert(
        fc.property(text, fc.boolean(), (cell, decimalComma) => {
          const plain = plainAmount(cell, decimalComma);
          if (plain !== undefined) expect(csvAmount(cell, decimalComma)).toEqual({ amount: plain });
        }),
        { numRuns: 5_000 },
      );
    });
  });
});

describe('csvReceipt', () => {
  const columns = receiptColumns(['ID', 'Flux', 'Montant', 'Reçu le']);

  it("makes a receipt in the contract's currency, the id as given", () => {
    expect(csvReceipt({ line: 2, cells: [' r 1', 'sponsorship ', '1000,50', '2026-03-01'] }, columns, 'EUR', true)).toEqual({
      id: ' r 1',
      stream: 'sponsorship',
      amount: { amount: '1000.50', currency: 'EUR' },
      receivedAt: '2026-03-01',
    });
  });

  it('takes the currency of its row when the file has a currency column', () => {
    const withCurrency = receiptColumns(['id', 'stream', 'amount', 'receivedAt', 'devise']);
    expect(csvReceipt({ line: 2, cells: ['r1', 'dvd', '5', '2026-03-01', 'USD'] }, withCurrency, 'EUR', false)).toMatchObject({ amount: { amount: '5', currency: 'USD' } });
    expect(csvReceipt({ line: 2, cells: ['r1', 'dvd', '5', '2026-03-01', ''] }, withCurrency, 'EUR', false)).toMatchObject({ amount: { amount: '5', currency: 'EUR' } });
  });

  it('keeps a long id exactly, a lone surrogate included', () => {
    const read = csvReceipts(columns, 'EUR', true);
    for (const id of ['payment-2026-webdays-00000001', 'paiement-société-ü-😀-0001', 'lone-\ud800-surrogate-id']) {
      expect(read([id, 'dvd', '1', '2026-03-01'], 0, 2)).toMatchObject({ id });
    }
  });

  it('reads the receipt of any row of a batch, its cells at an offset', () => {
    const read = csvReceipts(columns, 'EUR', true);
    const cells = ['r1', 'dvd', '1', '2026-03-01', 'r2', ' workshop', ' 2,5 ', '2026-03-02 '];
    expect(read(cells, 4, 3)).toEqual({ id: 'r2', stream: 'workshop', amount: { amount: '2.5', currency: 'EUR' }, receivedAt: '2026-03-02' });
  });

  it('names the line and the column header as written for an amount it cannot read', () => {
    expect(csvReceipt({ line: 7, cells: ['r1', 'dvd', '1 000,50', '2026-03-01'] }, columns, 'EUR', true)).toEqual({
      code: 'csv_amount_malformed',
      path: 'line 7 (Montant)',
      message: 'Expected an amount without thousands separators, such as `1000,50`, got `1 000,50`: thousands separators are not accepted',
    });
  });
});

describe('onCsvLines', () => {
  const columns = receiptColumns(['ID', 'Flux', 'Montant', 'Reçu le']);

  it("tells the core's receipts[k] as lines and columns of the file", () => {
    const error = new PartnershipError('invalid_input', 'Expected `receipts[15000].id` not seen before, as receipts[2] has it', [
      { code: 'receipt_id_duplicate', path: 'receipts[15000].id', message: 'Expected a receipt id not seen before, got `r2` again (receipts[2])' },
      { code: 'amount_scale_exceeds_currency', path: 'receipts[3].amount.amount', message: 'Expected at most 2 decimals' },
      { code: 'receipt_malformed', path: 'receipts[4]', message: 'Expected a receipt' },
      { code: 'terms_malformed', path: 'terms', message: 'untouched' },
    ]);
    const told = onCsvLines(error, columns, (k) => k + 2 + (k > 10 ? 1 : 0));
    expect(told.message).toBe('Expected `line 15003 (ID)` not seen before, as line 4 has it');
    expect(told.issues.map((i) => [i.path, i.message])).toEqual([
      ['line 15003 (ID)', 'Expected a receipt id not seen before, got `r2` again (line 4)'],
      ['line 5 (Montant)', 'Expected at most 2 decimals'],
      ['line 6', 'Expected a receipt'],
      ['terms', 'untouched'],
    ]);
  });

  it('names the line of the receipt before an out-of-order one, which the core names by id', () => {
    const error = new PartnershipError('receipts_out_of_order', 'x', [
      { code: 'receipts_out_of_order', path: 'receipts[10000].receivedAt', message: 'Expected a time no earlier than the receipt before it, got `a` (receipt `r10000`) after `b` (receipt `r9999`)' },
    ]);
    expect(onCsvLines(error, columns, (k) => k + 2).issues[0]).toMatchObject({
      path: 'line 10002 (Reçu le)',
      message: 'Expected a time no earlier than the receipt before it, got `a` (receipt `r10000`) after `b` (receipt `r9999`) on line 10001',
    });
  });
});
