// Formula injection (CSV injection): a spreadsheet runs a cell that starts with = + - @ (or a
// tab / CR, which some spreadsheets skip before reading the formula). Export therefore prefixes
// one single quote ' to such cells; csv-stringify's escape_formulas does the same and also
// covers the full-width ＝＋－＠ that Chinese input methods type.
//
// To keep a round trip lossless, the rule also prefixes cells that already start with quotes
// followed by a trigger ('=x -> ''=x), and importing a file Kemai wrote removes exactly one
// quote from any cell matching /^'+[trigger]/. Files from elsewhere are imported as they are.

const TRIGGER = /^'*[=+\-@\t\r＝＋－＠]/;
const GUARDED = /^'+[=+\-@\t\r＝＋－＠]/;

export function guardFormula(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
