import type { Customer, CustomerListItem } from '../../shared/domain/customer';
import type { CustomerRow } from '../../db/schema';
import type { CustomerListRow } from '../../db/repositories/customer-search.repository';

export function toCustomer(row: CustomerRow, tags: string[]): Customer {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    namePinyin: row.name_pinyin,
    nameInitials: row.name_initials,
    phone: row.phone,
    phoneNorm: row.phone_norm,
    email: row.email,
    company: row.company,
    title: row.title,
    industry: row.industry,
    size: row.size,
    source: row.source,
    stage: row.stage,
    tier: row.tier,
    owner: row.owner,
    province: row.province,
    city: row.city,
    district: row.district,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    birthday: row.birthday,
    gender: row.gender,
    notes: row.notes,
    tags,
    lastContactAt: row.last_contact_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toListItem(row: CustomerListRow, tags: string[]): CustomerListItem {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    phone: row.phone,
    email: row.email,
    company: row.company,
    industry: row.industry,
    stage: row.stage,
    tier: row.tier,
    owner: row.owner,
    province: row.province,
    city: row.city,
    district: row.district,
    tags,
    lastContactAt: row.last_contact_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
