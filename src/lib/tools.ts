/** The tools, in the order a reader usually needs them; the tools page and the home page list them from here. */
import { ui } from '../i18n/zh';

export const toolList = [
  { id: 'apr', title: ui.tools.apr.title, description: ui.tools.apr.description },
  { id: 'plan', title: ui.tools.plan.title, description: ui.tools.plan.description },
  { id: 'budget', title: ui.tools.budget.title, description: ui.tools.budget.description },
  { id: 'letter', title: ui.tools.letters.title, description: ui.tools.letters.description },
] as const;
