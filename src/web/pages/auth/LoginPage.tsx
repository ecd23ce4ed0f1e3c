// Sign-in (/login): e-mail and password; afterwards back to the page that asked for it.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useLogin } from '../../api/auth.queries';
import { errorMessage, showApiError, type FieldErrors } from '../../notices';
import { rememberSignedIn } from '../../session-memory';
import { AuthLayout } from './AuthLayout';

const FORM_PATHS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = t('validation.required');
    if (!password) missing.password = t('validation.required');
    setErrors(missing);
    setFailure(null);
    if (Object.keys(missing).length > 0) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => {
          rememberSignedIn();
          const from = (location.state as { from?: string } | null)?.from;
          void navigate(from && from !== '/login' ? from : '/start', { replace: true });
        },
        onError: (error) => {
          if (error.code === 'invalid_credentials' || error.code === 'rate_limited') {
            setFailure(errorMessage(error));
          } else {
            setErrors(showApiError(error, FORM_PATHS));
          }
        },
      },
    );
  };

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} data-testid="login-error">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('auth.login.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            data-testid="login-email"
            autoFocus
          />
          <PasswordInput
            label={t('auth.login.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
            data-testid="login-password"
          />
          <Button
            type="submit"
            size="md"
            mt="xs"
            loading={login.isPending}
            data-testid="login-submit"
          >
            {t('auth.login.submit')}
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            {t('auth.login.noAccount')}{' '}
            <Anchor component={Link} to="/signup" fw={500} data-testid="login-signup-link">
              {t('auth.login.createWorkspace')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
