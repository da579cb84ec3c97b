// Plain-text tables and CSV for the decision reports (no colours: they go to files and terminals alike).

/** Columns padded to their widest cell, separated by two spaces; numbers aligned right. */
export function textTable(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, j) => Math.max(...cells.map((r) => [...(r[j] ?? '')].length)));
  const right = headers.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === 'number' || /^[-+]?[\d\s., ]+%?$/.test(String(r[j]))));
  const line = (r: string[]) =>
    r
      .map((c, j) => {
        const pad = ' '.repeat(Math.max(0, widths[j]! - [...c].length));
        return right[j] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted. */
export function csv(rows: Array<Array<string | number>>): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\n') + '\n';
}
