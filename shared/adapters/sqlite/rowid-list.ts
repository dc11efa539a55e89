/**
 * Rowids as SQLite's group_concat writes them ("3,17,240"): parsed in one pass into an Int32Array,
 * without a string or number object per rowid.
 */
export function parseRowids(list: string): Int32Array {
  if (list === '') return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i += 1) if (list.charCodeAt(i) === 44) count += 1;
  const rowids = new Int32Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < list.length; i += 1) {
    const code = list.charCodeAt(i);
    if (code === 44) {
      rowids[n] = value;
      n += 1;
      value = 0;
    } else {
      value = value * 10 + (code - 48);
    }
  }
  rowids[n] = value;
  return rowids;
}
