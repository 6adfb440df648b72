import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { CsvReader, type CsvItem } from '../../main/services/import/csv-reader';
import { createDecoder, detectEncoding } from '../../main/services/import/encoding-detect';
import { sniffDelimiter } from '../../main/services/import/delimiter-sniff';
import {
  isKemaiHeader,
  mappingSettingKey,
  suggestMapping,
} from '../../main/services/import/header-mapping';
import { parseDateCell, parsePhoneCell } from '../../main/services/import/cell-parse';
import { guardFormula, unguardFormula } from '../../main/services/export/formula-guard';
import { csvField } from '../../main/services/export/csv-write';

function read(text: string, delimiter = ',', chunk = 0): CsvItem[] {
  const items: CsvItem[] = [];
  const reader = new CsvReader(delimiter, (i) => items.push(i));
  if (chunk > 0) for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  else reader.push(text);
  reader.end();
  return items;
}

describe('CsvReader', () => {
  it('reads quoted newlines, doubled quotes and every line ending, with line numbers', () => {
    const text = 'a,b\r\n"张伟","说""你好"""\n"多\r\n行",x\r末行,"" \n';
    const items = read(text);
    expect(items).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['张伟', '说"你好"'] },
      { line: 3, fields: ['多\r\n行', 'x'] },
      { line: 5, error: 'strayQuote', raw: '末行,"" ' },
    ]);
  });

  it('gives the same records whatever the chunk boundaries (CRLF split across chunks too)', () => {
    const text = 'h1,h2\r\n"x\r\ny",2\r\n\r\n3,4\r5,"6"\n';
    const whole = read(text);
    for (const size of [1, 2, 3, 5, 7]) expect(read(text, ',', size)).toEqual(whole);
    expect(whole.map((i) => i.line)).toEqual([1, 2, 5, 6]);
  });

  it('skips blank lines, keeps short and long rows, and tells "" from an empty cell', () => {
    expect(read('a,b,c\n\n\n1\n1,2,3,4\n"",,x\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 4, fields: ['1'] },
      { line: 5, fields: ['1', '2', '3', '4'] },
      { line: 6, fields: ['', null, 'x'] },
    ]);
  });

  it('rejects a stray quote with its line and goes on', () => {
    const items = read('a,b\n1,ab"c\n2,"ok"x\n3,fine\n');
    expect(items.slice(1)).toEqual([
      { line: 2, error: 'strayQuote', raw: '1,ab"c' },
      { line: 3, error: 'strayQuote', raw: '2,"ok"x' },
      { line: 4, fields: ['3', 'fine'] },
    ]);
  });

  it('rejects an unclosed quote at its line and re-reads the lines after it', () => {
    const items = read('a,b\n1,"never closed\n2,two\n3,three\n');
    expect(items.slice(1)).toEqual([
      { line: 2, error: 'unclosedQuote', raw: '1,"never closed' },
      { line: 3, fields: ['2', 'two'] },
      { line: 4, fields: ['3', 'three'] },
    ]);
  });
});

describe('encoding detection', () => {
  const zh = '客户名称,手机\n张伟,13800138000\n';
  it('honours a BOM, then strict UTF-8, then falls back to GB18030', () => {
    expect(detectEncoding(Buffer.from(`\uFEFF${zh}`, 'utf8'))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from(zh, 'utf8')).encoding).toBe('utf-8');
    const gb = iconv.encode(zh, 'gb18030');
    expect(detectEncoding(gb).encoding).toBe('gb18030');
    expect(createDecoder('gb18030').write(gb)).toBe(zh);
    expect(detectEncoding(iconv.encode(`\uFEFF${zh}`, 'utf-16le')).encoding).toBe('utf-16le');
  });

  it('does not fail on a UTF-8 character cut at the end of the sample', () => {
    const bytes = Buffer.from('名称,手机', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});

describe('delimiter sniffing', () => {
  it.each([
    [',', '名称,电话,地址\n张伟,138,"北京市,朝阳区"\n李娜,139,上海\n'],
    [';', 'Name;Phone;City\nAnna;0123;Paris, FR\nBob;0456;Lyon\n'],
    ['\t', '名称\t电话\t备注\n张伟\t138\t有,逗号\n李娜\t139\t无\n'],
    ['|', 'a|b|c\n1|2|3\n4|5|6\n'],
  ])('finds %j', (delimiter, sample) => {
    expect(sniffDelimiter(sample)).toBe(delimiter);
  });
});

describe('header mapping', () => {
  it('recognises Chinese headers', () => {
    expect(
      suggestMapping([
        '客户名称',
        '手机',
        '电子邮箱',
        '公司名称',
        '省',
        '市',
        '区',
        '地址',
        '备注',
        '乱七八糟',
      ]),
    ).toEqual([
      'name',
      'phone',
      'email',
      'company',
      'province',
      'city',
      'district',
      'address',
      'notes',
      null,
    ]);
  });
  it('recognises Google Contacts, Outlook and LinkedIn exports', () => {
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'E-mail 1 - Value',
        'Phone 1 - Value',
        'Organization 1 - Name',
        'Organization 1 - Title',
        'Labels',
      ]),
    ).toEqual(['firstName', 'lastName', 'email', 'phone', 'company', 'title', 'tags']);
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'Company',
        'Job Title',
        'Mobile Phone',
        'E-mail Address',
        'Business City',
        'Categories',
      ]),
    ).toEqual(['firstName', 'lastName', 'company', 'title', 'phone', 'email', 'city', 'tags']);
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'URL',
        'Email Address',
        'Company',
        'Position',
        'Connected On',
      ]),
    ).toEqual(['firstName', 'lastName', null, 'email', 'company', 'title', null]);
  });
  it('maps a field once, knows Kemai headers, and keys mappings by header set', () => {
    expect(suggestMapping(['电话', '手机'])).toEqual(['phone', null]);
    expect(isKemaiHeader(['客户名称', '电话', '标签'])).toBe(true);
    expect(isKemaiHeader(['name', 'phone', 'contactWechat'])).toBe(true);
    expect(isKemaiHeader(['客户名称', '随便'])).toBe(false);
    expect(mappingSettingKey(['A', 'b'])).toBe(mappingSettingKey(['a', ' B']));
    expect(mappingSettingKey(['a', 'b'])).not.toBe(mappingSettingKey(['b', 'a']));
  });
});

describe('cell parsing', () => {
  it.each([
    '+86 138 0013 8000',
    '138-0013-8000',
    '１３８００１３８０００',
    '+86-13800138000',
    '8613800138000',
  ])('normalises phone %s', (raw) => {
    const r = parsePhoneCell(raw);
    expect(r.ok && r.value.normalized).toBe('+8613800138000');
  });
  it('rejects Excel scientific notation with a hint instead of rounding', () => {
    expect(parsePhoneCell('1.38001E+10')).toEqual({
      ok: false,
      message: 'validation.phoneScientific',
    });
    expect(parsePhoneCell('138abc')).toEqual({ ok: false, message: 'validation.phoneLetters' });
  });
  it.each([
    ['2024-01-31', 'ymd', '2024-01-31'],
    ['2024/1/31', 'ymd', '2024-01-31'],
    ['2024年1月31日', 'ymd', '2024-01-31'],
    ['2024.1.31', 'ymd', '2024-01-31'],
    ['31/01/2024', 'dmy', '2024-01-31'],
    ['01/31/2024', 'mdy', '2024-01-31'],
    ['45322', 'ymd', '2024-01-31'],
    ['２０２４年１月３１日', 'ymd', '2024-01-31'],
  ] as const)('reads date %s (%s)', (raw, order, expected) => {
    expect(parseDateCell(raw, order)).toEqual({ ok: true, value: expected });
  });
  it('refuses impossible dates', () => {
    expect(parseDateCell('2024-02-30', 'ymd').ok).toBe(false);
    expect(parseDateCell('31/01/2024', 'mdy').ok).toBe(false);
    expect(parseDateCell('明天', 'ymd').ok).toBe(false);
  });
});

describe('formula guard and RFC 4180 fields', () => {
  it('prefixes exactly the risky cells and the reverse undoes it for every string', () => {
    for (const risky of [
      '=SUM(A1)',
      '+86138',
      '-1',
      '@x',
      '\tx',
      '\rx',
      '＝1',
      '＋1',
      '－1',
      '＠a',
      "'=x",
      "''+y",
    ]) {
      expect(guardFormula(risky)).toBe(`'${risky}`);
    }
    for (const safe of ['张伟', "'plain", '1+1', '', "it's"]) expect(guardFormula(safe)).toBe(safe);
    for (const s of ['=1', "'=1", "''=1", "'x", 'x', '', '＠', "'"]) {
      expect(unguardFormula(guardFormula(s))).toBe(s);
    }
  });
  it('quotes only when needed and keeps "" apart from NULL when asked', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('张伟')).toBe('张伟');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('', true)).toBe('""');
    expect(csvField(null, true)).toBe('');
  });
});
