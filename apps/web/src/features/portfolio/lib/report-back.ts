/** Today as an ISO date (YYYY-MM-DD) in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first report-back date on or after today, or null when all have passed (or none are set). */
export function nextReportBack(dates: readonly string[], today: string): string | null {
  return (
    [...dates]
      .map((d) => d.slice(0, 10))
      .sort()
      .find((d) => d >= today) ?? null
  );
}

/** Whole days from one ISO date to another (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      day,
  );
}
