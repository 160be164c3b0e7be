export { ProblemAlert } from './problem-alert';
export { ConflictAlert } from './conflict-alert';
export { Pagination } from './pagination';
export { PageHeader, usePageTitle } from './page-title';
export { LoadingState } from './loading-state';
export { DateField } from './date-field';
export { InfoGrid, type InfoItem } from './info-grid';
export { UnconfirmedCaution, parseUnconfirmed, type UnconfirmedValue } from './unconfirmed-caution';
export { EvidenceList } from './evidence-list';
