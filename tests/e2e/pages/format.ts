/** Fills `{{name}}` placeholders the way i18next does, for asserting on translated text. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''));
}
