// The module templates a new module can start from, by key.
import { blankTemplate } from './blank.template';
import { helpdeskTemplate } from './helpdesk.template';
import { invoicingTemplate } from './invoicing.template';
import { projectsTemplate } from './projects.template';
import { recruitmentTemplate } from './recruitment.template';
import { salesTemplate } from './sales.template';
import type { ModuleTemplate, ModuleTemplateKey } from './template.types';

export * from './template.types';
export { sampleContacts } from './sample-contacts';

export const moduleTemplates: Record<ModuleTemplateKey, ModuleTemplate> = {
  sales: salesTemplate,
  projects: projectsTemplate,
  helpdesk: helpdeskTemplate,
  recruitment: recruitmentTemplate,
  invoicing: invoicingTemplate,
  blank: blankTemplate,
};

export function getModuleTemplate(key: ModuleTemplateKey): ModuleTemplate {
  return moduleTemplates[key];
}
