import { createHash } from 'node:crypto';
import {
  COLUMN_LABELS,
  EXPORT_COLUMNS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
} from '../../../shared/domain/import';

// Header synonyms, compared after normalising (lower case, no spaces, punctuation or digits
// groups like "1 - "). Covers Kemai's own headers (keys and labels), common Chinese
// spreadsheets, and the exports of Google Contacts, Outlook and LinkedIn.
const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    '客户名称',
    '客户名',
    '客户',
    '名称',
    '姓名',
    '全名',
    '单位名称',
    'name',
    'fullname',
    'customer',
    'customername',
    'displayname',
  ],
  firstName: ['名', '名字', 'firstname', 'givenname'],
  lastName: ['姓', '姓氏', 'lastname', 'familyname', 'surname'],
  kind: ['类型', '客户类型', 'type', 'kind', 'customertype'],
  phone: [
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '电话号码',
    '联系电话',
    '移动电话',
    'phone',
    'mobile',
    'mobilephone',
    'tel',
    'telephone',
    'phonenumber',
    'phone1value',
    'primaryphone',
    'businessphone',
    'cellphone',
  ],
  email: [
    '邮箱',
    '电子邮箱',
    '电子邮件',
    '邮件',
    'email',
    'e-mail',
    'emailaddress',
    'e-mailaddress',
    'e-mail1value',
    'email1value',
    'mail',
  ],
  company: [
    '公司',
    '公司名称',
    '单位',
    '企业',
    '企业名称',
    '工作单位',
    'company',
    'organization',
    'organization1name',
    'organisation',
    'companyname',
    'account',
  ],
  title: ['职务', '职位', '头衔', 'title', 'jobtitle', 'position', 'organization1title'],
  industry: ['行业', '所属行业', 'industry'],
  size: ['规模', '公司规模', '企业规模', 'size', 'companysize'],
  source: ['来源', '客户来源', '线索来源', 'source', 'leadsource'],
  stage: ['阶段', '客户阶段', '状态', 'stage', 'status'],
  tier: ['等级', '客户等级', '级别', 'tier', 'level', 'rating'],
  owner: ['负责人', '销售', '跟进人', '所有者', 'owner', 'salesrep', 'accountowner'],
  province: [
    '省',
    '省份',
    '所在省',
    'province',
    'state',
    'region',
    'businessstate',
    'address1region',
  ],
  city: ['市', '城市', '所在城市', 'city', 'businesscity', 'address1city'],
  district: ['区', '区县', '县区', 'district', 'county'],
  address: [
    '地址',
    '详细地址',
    '联系地址',
    '通讯地址',
    'address',
    'street',
    'businessstreet',
    'address1formatted',
    'address1street',
  ],
  lat: ['纬度', 'lat', 'latitude'],
  lng: ['经度', 'lng', 'lon', 'long', 'longitude'],
  birthday: ['生日', '出生日期', 'birthday', 'birthdate', 'dateofbirth'],
  gender: ['性别', 'gender', 'sex'],
  notes: ['备注', '说明', '描述', 'notes', 'note', 'remarks', 'comments', 'description'],
  tags: ['标签', '分组', 'tags', 'tag', 'labels', 'categories', 'groupmembership'],
  contactName: ['联系人', '联系人姓名', 'contact', 'contactname'],
  contactTitle: ['联系人职务', '联系人职位', 'contacttitle'],
  contactPhone: ['联系人电话', '联系人手机', 'contactphone', 'contactmobile'],
  contactEmail: ['联系人邮箱', 'contactemail'],
  contactWechat: ['微信', '微信号', '联系人微信', 'wechat', 'weixin', 'contactwechat'],
};

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—.:：()（）/\\#*]+/g, '');
}

const LOOKUP = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const synonym of [field, ...SYNONYMS[field]]) {
    const key = normalizeHeader(synonym);
    if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }
  const labels = COLUMN_LABELS[field];
  for (const label of [labels['zh-CN'], labels.en]) {
    const key = normalizeHeader(label);
    if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }
}

/** Suggests a target per column; each field is taken by the first column that names it. */
export function suggestMapping(headers: string[]): ImportMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = LOOKUP.get(normalizeHeader(header));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

const KEMAI_HEADERS = new Set<string>();
for (const column of EXPORT_COLUMNS) {
  KEMAI_HEADERS.add(column);
  KEMAI_HEADERS.add(COLUMN_LABELS[column]['zh-CN']);
  KEMAI_HEADERS.add(COLUMN_LABELS[column].en);
}

/**
 * Kemai's own export is recognised by its header row: every header is exactly one of the
 * column keys or labels Kemai writes. Only then is the formula guard undone on import.
 */
export function isKemaiHeader(headers: string[]): boolean {
  return headers.length > 0 && headers.every((h) => KEMAI_HEADERS.has(h));
}

/** Settings key for the mapping the user last confirmed for this exact header set. */
export function mappingSettingKey(headers: string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(headers.map(normalizeHeader)))
    .digest('hex')
    .slice(0, 24);
  return `import.mapping.${digest}`;
}
