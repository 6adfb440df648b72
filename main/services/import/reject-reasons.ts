import type { CellIssue } from '../../../shared/domain/import';

// The rejected-rows CSV is read by people fixing their data in Excel, so its reason column is
// plain text in both languages rather than an i18n key.
const TEXT: Record<string, [zh: string, en: string]> = {
  'validation.required': ['必填', 'required'],
  'validation.tooLong': ['太长', 'too long'],
  'validation.tooMany': ['太多', 'too many'],
  'validation.phoneLetters': ['电话含有字母', 'phone has letters'],
  'validation.phoneInvalid': ['电话号码无效', 'invalid phone number'],
  'validation.phoneScientific': [
    '电话被 Excel 改成了科学计数法（如 1.38E+10），原号码已丢失，请在 Excel 中把该列设为文本后重新输入',
    'Excel turned the phone into scientific notation (1.38E+10); the digits are lost — format the column as text and re-enter them',
  ],
  'validation.email': ['邮箱格式不正确', 'invalid e-mail'],
  'validation.date': ['日期无法识别', 'unrecognised date'],
  'validation.number': ['不是数字', 'not a number'],
  'validation.range': ['超出范围', 'out of range'],
  'validation.choice': ['不是可选值', 'not one of the allowed values'],
  'validation.extraCells': ['本行的列数多于表头', 'more cells than the header row'],
  'errors.import.strayQuote': ['引号位置不正确', 'stray quote'],
  'errors.import.unclosedQuote': ['引号未闭合', 'unclosed quote'],
};

/** The two columns the rejected-rows file adds after the file's own. */
export const REJECT_COLUMNS = ['错误原因 / Reason', '原行号 / Line'] as const;

/** The file's own headers when these are the headers of a rejected-rows file, else null. */
export function headersBeforeRejectColumns(headers: string[]): string[] | null {
  const n = headers.length;
  return n > REJECT_COLUMNS.length &&
    headers[n - 2] === REJECT_COLUMNS[0] &&
    headers[n - 1] === REJECT_COLUMNS[1]
    ? headers.slice(0, -REJECT_COLUMNS.length)
    : null;
}

export function reasonText(key: string): string {
  const text = TEXT[key];
  return text ? `${text[0]} / ${text[1]}` : key;
}

export function issuesText(issues: CellIssue[], headers: string[]): string {
  return issues.map((i) => `${headers[i.column] ?? i.field}: ${reasonText(i.message)}`).join('; ');
}
