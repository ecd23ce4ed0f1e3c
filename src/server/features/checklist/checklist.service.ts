// The Start-here checklist: gathers the facts and applies the rules of src/domain/checklist.ts.
import { checklistState, type ChecklistStepKey } from '../../../domain/checklist';
import { NotFound } from '../../../domain/errors';
import type { Actor, AppContext } from '../../context';
import { findCompanySettings } from '../settings/settings.store';
import { activeModuleDefinitionCounts, userCounts } from './checklist.store';

// Web routes of the pages that do each step.
const HREF: Record<ChecklistStepKey, string> = {
  company: '/settings/company',
  modules: '/settings/modules',
  pipeline: '/settings/modules',
  fields: '/settings/modules',
  taskTypes: '/settings/modules',
  users: '/settings/users',
  rights: '/settings/users',
};

export async function getChecklist(ctx: AppContext, actor: Actor) {
  const [company, activeModules, users] = await Promise.all([
    findCompanySettings(ctx.db, actor.workspaceId),
    activeModuleDefinitionCounts(ctx.db, actor.workspaceId),
    userCounts(ctx.db, actor.workspaceId),
  ]);
  if (!company) throw new NotFound('workspace');
  const steps = checklistState({ company, activeModules, ...users }).map((state, index) => ({
    step: index + 1,
    key: state.key,
    done: state.done,
    href: HREF[state.key],
  }));
  return { steps, doneCount: steps.filter((s) => s.done).length };
}
