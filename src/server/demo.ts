// The demo workspace of `npm start -- --demo`: every template, sample data, a known login.
import { randomBytes } from 'node:crypto';
import { MODULE_TEMPLATE_KEYS } from '../domain/templates/template.types';
import type { AppContext } from './context';
import { signUp } from './features/auth/auth.service';

export async function createDemoWorkspace(ctx: AppContext) {
  // A fresh address each time, so a second demo never collides with the first.
  const suffix = randomBytes(3).toString('hex');
  const email = `demo-${suffix}@example.com`;
  const password = `carta-demo-${randomBytes(4).toString('hex')}`;
  await signUp(ctx, {
    company: 'Demo Carta SRL',
    admin: { name: 'Ana Demo', email, password },
    modules: MODULE_TEMPLATE_KEYS.filter((key) => key !== 'blank'),
    sampleData: true,
    locale: 'ro',
  });
  return { email, password };
}
