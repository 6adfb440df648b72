import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full spelling without tones or spaces: 张伟 -> zhangwei. */
  full: string;
  /** First letters: 张伟 -> zw. */
  initials: string;
}

/**
 * Search and sort keys for a Chinese (or mixed) name. Person names use surname readings
 * (单 -> shan, 曾 -> zeng), which is what a user types when searching for them.
 */
export function pinyinKeys(name: string, isPerson: boolean): PinyinKeys {
  const syllables = isPerson
    ? pinyin(name, { toneType: 'none', type: 'array', surname: 'head' })
    : pinyin(name, { toneType: 'none', type: 'array' });
  const parts = syllables.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
  return { full: parts.join(''), initials: parts.map((s) => s[0] ?? '').join('') };
}
