// A questionnaire export as read from CSV or XLSX: the header and each data row with its row number
// in the file (header = row 1), so a rejected row can be found again by the person who sent it.

/** One data row: its row number in the file and its cells as text ('' for empty). */
export interface SurveyRow {
  row: number;
  cells: string[];
}

export interface SurveyTable {
  headers: string[];
  rows: SurveyRow[];
  /** Records that could not be read at all (an unclosed quote): their line and why; rejected, never dropped. */
  malformed?: Array<{ row: number; reason: string }>;
}
