/** Incident references: INC-YYYY-NNNN, numbered without gaps within each year. */
const REFERENCE = /^INC-(\d{4})-(\d{4,})$/;

export function formatIncidentReference(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`bad number ${number}`);
  return `INC-${year}-${String(number).padStart(4, '0')}`;
}

export function parseIncidentReference(value: string): { year: number; number: number } | null {
  const match = REFERENCE.exec(value.trim().toUpperCase());
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 ? { year: Number(match[1]), number } : null;
}
