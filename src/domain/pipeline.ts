// Pipeline vocabulary: the four status groups every module's statuses belong to (as in MiniCRM).
export const STATUS_GROUPS = ['lead', 'open', 'won', 'lost'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
