const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DISPLAY_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}

/** "1980-03-15" (or a timestamp) as "15/03/1980". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  if (iso.length > 10) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A timestamp as "15/03/2025 14:05" in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "15/03/1980" as "1980-03-15"; null when it is not a real calendar date. */
export function parseDisplayDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = DISPLAY_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today as an ISO date in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Integer VND: "1.400.000 đ" in Vietnamese, "1,400,000 VND" in English. */
export function formatVnd(amount: number | null | undefined, language: string): string {
  if (amount === null || amount === undefined) return '';
  if (language.startsWith('vi')) return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
  return `${new Intl.NumberFormat('en-US').format(amount)} VND`;
}

export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language.startsWith('vi') ? 'vi-VN' : 'en-US').format(value);
}
