// Danish formats: "1. juli 2025", "1.250.000 kr.", "1,4".
const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export const formatDate = (iso: string | Date) => dateFormat.format(typeof iso === 'string' ? new Date(`${iso}T00:00:00Z`) : iso);
export const formatKr = (amount: number) => `${numberFormat.format(amount)} kr.`;
export const formatNumber = (n: number) => numberFormat.format(n);
export const formatFte = (n: number) => decimalFormat.format(n);
const mioFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Millions with one decimal, for charts and summaries: "7,4 mio. kr." */
export const formatMioKr = (amount: number) => `${mioFormat.format(amount / 1_000_000)} mio. kr.`;
const percentFormat = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
/** "12 %" with the Danish space before the sign. */
export const formatPercent = (share: number) => percentFormat.format(share).replace(/\s?%/, '\u00a0%');
