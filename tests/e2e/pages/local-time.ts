/** A local wall-clock time `days` from today (the browser and the bridge share this zone). */
export function localDay(days: number, hour: number, minute = 0): Date {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, minute, 0, 0);
  return d;
}
