import type {
  CompanySize,
  CustomerKind,
  Gender,
  LeadSource,
  Stage,
  Tier,
} from '../../../shared/domain/enums';

// Words people write in spreadsheets for Kemai's enum values; the stable keys always work too.

export const KIND_WORDS: Record<string, CustomerKind> = {
  公司: 'company',
  企业: 'company',
  单位: 'company',
  机构: 'company',
  个人: 'person',
  个体: 'person',
  自然人: 'person',
};
export const STAGE_WORDS: Record<string, Stage> = {
  线索: 'lead',
  潜在: 'prospect',
  意向: 'prospect',
  意向客户: 'prospect',
  活跃: 'active',
  成交: 'active',
  合作中: 'active',
  忠诚: 'loyal',
  老客户: 'loyal',
  沉睡: 'dormant',
  休眠: 'dormant',
  流失: 'lost',
  已流失: 'lost',
};
export const TIER_WORDS: Record<string, Tier> = {
  贵宾: 'vip',
  重要: 'important',
  重要客户: 'important',
  普通: 'ordinary',
  普通客户: 'ordinary',
  潜在: 'potential',
  潜在客户: 'potential',
};
export const SIZE_WORDS: Record<string, CompanySize> = {
  微型: 'micro',
  小型: 'small',
  中型: 'medium',
  大型: 'large',
  集团: 'enterprise',
  超大型: 'enterprise',
};
export const SOURCE_WORDS: Record<string, LeadSource> = {
  转介绍: 'referral',
  推荐: 'referral',
  官网: 'website',
  网站: 'website',
  展会: 'exhibition',
  陌拜: 'cold_call',
  电话营销: 'cold_call',
  社交媒体: 'social',
  社交: 'social',
  广告: 'advertising',
  合作伙伴: 'partner',
  渠道: 'partner',
  上门: 'walk_in',
  到店: 'walk_in',
  其他: 'other',
};
export const GENDER_WORDS: Record<string, Gender> = {
  男: 'male',
  m: 'male',
  女: 'female',
  f: 'female',
  其他: 'other',
};
