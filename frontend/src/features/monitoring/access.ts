/** Program reports are read by the units that submit them, the standing office that reviews them, and auditors. */
export function canSeeMonitoring(me: { permissions: string[] } | undefined): boolean {
  return !!me?.permissions.some((p) => p === 'report:submit' || p === 'report:review' || p === 'audit:read');
}
