// Sign-up (/signup): a new company workspace with its first administrator and modules.
import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Divider,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { passwordProblems } from '../../../domain/auth/password-policy';
import { useSignup } from '../../api/auth.queries';
import type { ModuleTemplateKey, SignupRequest } from '../../api/types';
import { chooseLocale, currentLocale, isLocale } from '../../i18n';
import { showApiError, type FieldErrors } from '../../notices';
import { rememberSignedIn } from '../../session-memory';
import { AuthLayout } from './AuthLayout';
import { ModuleChoiceCard } from './ModuleChoiceCard';

const MODULE_CHOICES: ModuleTemplateKey[] = [
  'sales',
  'projects',
  'helpdesk',
  'recruitment',
  'invoicing',
];
const FORM_PATHS = ['company', 'admin.name', 'admin.email', 'admin.password', 'modules', 'locale'];
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signup = useSignup();
  const [company, setCompany] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [modules, setModules] = useState<string[]>(['sales']);
  const [sampleData, setSampleData] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const locale = currentLocale();

  const clearError = (path: string) => setErrors(({ [path]: _cleared, ...others }) => others);

  const checkForm = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!company.trim()) problems.company = t('validation.required');
    if (!name.trim()) problems['admin.name'] = t('validation.required');
    if (!email.trim()) problems['admin.email'] = t('validation.required');
    else if (!EMAIL_SHAPE.test(email.trim())) problems['admin.email'] = t('validation.email');
    const passwordProblem = passwordProblems(password, email)[0];
    if (passwordProblem === 'too_short')
      problems['admin.password'] = t('validation.passwordLength');
    if (passwordProblem === 'same_as_email') {
      problems['admin.password'] = t('validation.passwordIsEmail');
    }
    return problems;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkForm();
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const request: SignupRequest = {
      company: company.trim(),
      admin: { name: name.trim(), email: email.trim(), password },
      modules: MODULE_CHOICES.filter((template) => modules.includes(template)),
      sampleData,
      locale,
    };
    signup.mutate(request, {
      onSuccess: () => {
        rememberSignedIn();
        void chooseLocale(locale);
        void navigate('/start', { replace: true });
      },
      onError: (error) => {
        if (error.code === 'email_taken') {
          setErrors({ 'admin.email': t('errors.email_taken') });
        } else {
          setErrors(showApiError(error, FORM_PATHS));
        }
      },
    });
  };

  return (
    <AuthLayout title={t('auth.signup.title')} subtitle={t('auth.signup.subtitle')} width={600}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('auth.signup.company')}
            placeholder={t('auth.signup.companyPlaceholder')}
            value={company}
            onChange={(event) => {
              setCompany(event.currentTarget.value);
              clearError('company');
            }}
            error={errors.company}
            autoComplete="organization"
            data-testid="signup-company"
            autoFocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('auth.signup.name')}
              placeholder={t('auth.signup.namePlaceholder')}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                clearError('admin.name');
              }}
              error={errors['admin.name']}
              autoComplete="name"
              data-testid="signup-name"
            />
            <TextInput
              label={t('auth.signup.email')}
              type="email"
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                clearError('admin.email');
              }}
              error={errors['admin.email']}
              autoComplete="email"
              data-testid="signup-email"
            />
          </SimpleGrid>
          <PasswordInput
            label={t('auth.signup.password')}
            description={t('auth.signup.passwordRule')}
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              clearError('admin.password');
            }}
            error={errors['admin.password']}
            autoComplete="new-password"
            data-testid="signup-password"
          />

          <Divider my={4} />

          <Checkbox.Group
            value={modules}
            onChange={setModules}
            label={t('auth.signup.modules')}
            description={t('auth.signup.modulesHint')}
            error={errors.modules}
          >
            <Stack gap="xs" mt="xs">
              {MODULE_CHOICES.map((template) => (
                <ModuleChoiceCard key={template} template={template} />
              ))}
            </Stack>
          </Checkbox.Group>

          <Switch
            checked={sampleData}
            onChange={(event) => setSampleData(event.currentTarget.checked)}
            label={t('auth.signup.sampleData')}
            description={t('auth.signup.sampleDataHint')}
            data-testid="signup-sample-data"
          />
          <Select
            label={t('auth.signup.language')}
            value={locale}
            onChange={(value) => {
              if (isLocale(value)) void chooseLocale(value);
            }}
            data={[
              { value: 'ro', label: t('language.ro') },
              { value: 'en', label: t('language.en') },
            ]}
            allowDeselect={false}
            error={errors.locale}
            data-testid="signup-locale"
          />

          <Button
            type="submit"
            size="md"
            mt="sm"
            loading={signup.isPending}
            data-testid="signup-submit"
          >
            {t('auth.signup.submit')}
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            {t('auth.signup.haveAccount')}{' '}
            <Anchor component={Link} to="/login" fw={500} data-testid="signup-login-link">
              {t('auth.signup.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
