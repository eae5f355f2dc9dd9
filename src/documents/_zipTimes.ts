// A zip file's entries all dated 1980-01-01 00:00 (the first instant a zip can say), in place of
// the packing clock's local time, so that the same content gives the same bytes anywhere.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 1980-01-01 as an MS-DOS date: year 0 since 1980, month 1, day 1. */
const DOS_DATE = (1 << 5) | 1;

/**
 * The zip file with every entry's modification time and date, in its local header and in the
 * central directory, set to 1980-01-01 00:00. Returns the same array, changed in place.
 *
 * @throws {Error} when the bytes are not a zip file as docx writes one (no end record, or a header
 *   where none is expected): a bug of the packer, never the caller's input.
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end -= 1;
  if (end < 0) throw new Error('fixZipTimes: no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`fixZipTimes: no central directory header at ${at}`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`fixZipTimes: no local header at ${local}`);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
