/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled;
 * null and undefined are empty. `csvLine(['a', 'b,c', null])` → `a,"b,c",\r\n`.
 */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map((field) => {
    const text = field === null || field === undefined ? '' : String(field);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',') + '\r\n';
}
