import { z } from 'zod';
import { LANGUAGES } from './enums';

export const settingsSchema = z.object({
  // null until the user picks one: the renderer then follows the OS language.
  language: z.enum(LANGUAGES).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z
  .object({ language: z.enum(LANGUAGES).nullable().optional() })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
