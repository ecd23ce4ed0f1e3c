// Sign-up, sign-in and "who am I" as the API carries them (API.md /signup, /auth/*).
import { z } from 'zod';
import { LOCALES } from '../../../domain/locale';
import { ROLES } from '../../../domain/permissions';
import { MODULE_TEMPLATE_KEYS } from '../../../domain/templates/template.types';

const email = z.email('must be an e-mail address').max(254).toLowerCase();

export const signUpBody = z
  .object({
    company: z.string().trim().min(1, 'is required').max(200),
    admin: z
      .object({
        name: z.string().trim().min(1, 'is required').max(200),
        email,
        password: z.string().max(1000),
      })
      .strict(),
    modules: z.array(z.enum(MODULE_TEMPLATE_KEYS)).max(20).default([]),
    sampleData: z.boolean().default(false),
    locale: z.enum(LOCALES).default('ro'),
  })
  .strict();
export type SignUpInput = z.infer<typeof signUpBody>;

export const loginBody = z
  .object({
    email,
    password: z.string().min(1, 'is required').max(1000),
    totp: z.string().max(10).optional(),
  })
  .strict();
export type LoginInput = z.infer<typeof loginBody>;

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    locale: z.enum(LOCALES),
    timeZone: z.string(),
  }),
  workspace: z.object({
    id: z.string(),
    name: z.string(),
    locale: z.enum(LOCALES),
    logoUrl: z.string().nullable(),
  }),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meResponse>;
