/** The monitoring screens are for whoever may read program reports (district staff, auditors, units' staff). */
export function canSeeMonitoring(me: { permissions: string[] } | undefined): boolean {
  return !!me?.permissions.includes('report:read');
}
