import { z } from 'zod';
import { customerFilterSchema } from './customer';
import { CUSTOMER_SORT_FIELDS } from './enums';

// CSV import and export of customers: the fields a column can map to, the wizard's options and
// the final report. Shared so the renderer's wizard and the worker agree on every name.

export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'kind',
  'phone',
  'email',
  'company',
  'title',
  'industry',
  'size',
  'source',
  'stage',
  'tier',
  'owner',
  'province',
  'city',
  'district',
  'address',
  'lat',
  'lng',
  'birthday',
  'gender',
  'notes',
  'tags',
  'contactName',
  'contactTitle',
  'contactPhone',
  'contactEmail',
  'contactWechat',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Export columns: every importable field (but the name halves) plus read-only bookkeeping. */
export const EXPORT_COLUMNS = [
  ...IMPORT_FIELDS.filter((f) => f !== 'firstName' && f !== 'lastName'),
  'id',
  'lastContactAt',
  'createdAt',
  'updatedAt',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Header labels Kemai writes for "localized" exports; import recognises them too. */
export const COLUMN_LABELS: Record<ExportColumn | ImportField, { 'zh-CN': string; en: string }> = {
  name: { 'zh-CN': '客户名称', en: 'Name' },
  firstName: { 'zh-CN': '名', en: 'First Name' },
  lastName: { 'zh-CN': '姓', en: 'Last Name' },
  kind: { 'zh-CN': '类型', en: 'Type' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  email: { 'zh-CN': '邮箱', en: 'Email' },
  company: { 'zh-CN': '公司', en: 'Company' },
  title: { 'zh-CN': '职务', en: 'Job Title' },
  industry: { 'zh-CN': '行业', en: 'Industry' },
  size: { 'zh-CN': '规模', en: 'Company Size' },
  source: { 'zh-CN': '来源', en: 'Lead Source' },
  stage: { 'zh-CN': '阶段', en: 'Stage' },
  tier: { 'zh-CN': '等级', en: 'Tier' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  province: { 'zh-CN': '省', en: 'Province' },
  city: { 'zh-CN': '市', en: 'City' },
  district: { 'zh-CN': '区', en: 'District' },
  address: { 'zh-CN': '地址', en: 'Address' },
  lat: { 'zh-CN': '纬度', en: 'Latitude' },
  lng: { 'zh-CN': '经度', en: 'Longitude' },
  birthday: { 'zh-CN': '生日', en: 'Birthday' },
  gender: { 'zh-CN': '性别', en: 'Gender' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  tags: { 'zh-CN': '标签', en: 'Tags' },
  contactName: { 'zh-CN': '联系人', en: 'Contact Name' },
  contactTitle: { 'zh-CN': '联系人职务', en: 'Contact Title' },
  contactPhone: { 'zh-CN': '联系人电话', en: 'Contact Phone' },
  contactEmail: { 'zh-CN': '联系人邮箱', en: 'Contact Email' },
  contactWechat: { 'zh-CN': '联系人微信', en: 'Contact WeChat' },
  id: { 'zh-CN': '编号', en: 'ID' },
  lastContactAt: { 'zh-CN': '最近联系', en: 'Last Contact' },
  createdAt: { 'zh-CN': '创建时间', en: 'Created At' },
  updatedAt: { 'zh-CN': '更新时间', en: 'Updated At' },
};

export const IMPORT_ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

const pathField = z.string().min(1).max(4096);

export const importPreviewInputSchema = z
  .object({
    path: pathField,
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(DELIMITERS).optional(),
    dateOrder: z.enum(DATE_ORDERS).optional(),
  })
  .strict();

/** One column's target per header position; null = ignore that column. */
export const importMappingSchema = z.array(z.enum(IMPORT_FIELDS).nullable()).max(500);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const cellIssueSchema = z.object({
  column: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type CellIssue = z.infer<typeof cellIssueSchema>;

export const importPreviewSchema = z.object({
  encoding: z.enum(IMPORT_ENCODINGS),
  delimiter: z.enum(DELIMITERS),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  /** True when the mapping is the one the user confirmed last time for these headers. */
  rememberedMapping: z.boolean(),
  /** True when Kemai wrote the file (formula-guard quotes are then undone on import). */
  kemaiFile: z.boolean(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      cells: z.array(z.string()),
      issues: z.array(cellIssueSchema),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importRunInputSchema = z
  .object({
    path: pathField,
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(DELIMITERS).optional(),
    mapping: importMappingSchema,
    duplicates: z.enum(DUPLICATE_POLICIES),
    dateOrder: z.enum(DATE_ORDERS).optional(),
    /** Where to write the rejected rows (with a reason column); omitted = not written. */
    rejectedPath: pathField.optional(),
  })
  .strict();
export type ImportRunInput = z.infer<typeof importRunInputSchema>;

export const importReportSchema = z.object({
  kind: z.literal('import'),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  rows: z.number().int(),
  /** The first rejected rows (line + reason key + detail) for the summary screen. */
  rejectedSample: z.array(
    z.object({ line: z.number().int(), reason: z.string(), detail: z.string() }),
  ),
  rejectedPath: z.string().nullable(),
  ms: z.number(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const exportInputSchema = z
  .object({
    path: pathField,
    query: z.string().max(100).optional(),
    filter: customerFilterSchema.optional(),
    sort: z
      .object({ field: z.enum(CUSTOMER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
      .strict()
      .optional(),
    columns: z.array(z.enum(EXPORT_COLUMNS)).min(1).max(EXPORT_COLUMNS.length).optional(),
    headers: z.enum(['localized', 'keys']).optional(),
    language: z.enum(['zh-CN', 'en']).optional(),
  })
  .strict();
export type ExportInput = z.infer<typeof exportInputSchema>;

export const exportReportSchema = z.object({
  kind: z.literal('export'),
  rows: z.number().int(),
  path: z.string(),
  ms: z.number(),
});
export type ExportReport = z.infer<typeof exportReportSchema>;
