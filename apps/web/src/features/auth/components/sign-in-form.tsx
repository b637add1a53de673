import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useSignIn } from '../api/sign-in';
import { DemoAccountList } from './demo-account-list';

/** E-mail and password; in demo mode, the demo accounts fill the form with one click. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const failure = signIn.error instanceof ApiError ? signIn.error : null;
  const failureMessage =
    failure?.status === 429
      ? t('signIn.tooMany')
      : failure?.status === 503
        ? t('signIn.databaseDown')
        : failure?.status === 401
          ? t('signIn.wrong')
          : signIn.isError
            ? t('signIn.failed')
            : null;

  return (
    <>
      <form onSubmit={submit} noValidate className="koers-form" aria-describedby="sign-in-help">
        <Paragraph id="sign-in-help">{t('signIn.help')}</Paragraph>
        <FormField invalid={missing.email}>
          <FormLabel htmlFor="sign-in-email">{t('signIn.email')}</FormLabel>
          {missing.email && (
            <FormFieldErrorMessage id="sign-in-email-error">
              {t('signIn.emailMissing')}
            </FormFieldErrorMessage>
          )}
          <Textbox
            id="sign-in-email"
            type="email"
            autoComplete="username"
            value={email}
            invalid={missing.email}
            aria-describedby={missing.email ? 'sign-in-email-error' : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FormField>
        <FormField invalid={missing.password}>
          <FormLabel htmlFor="sign-in-password">{t('signIn.password')}</FormLabel>
          {missing.password && (
            <FormFieldErrorMessage id="sign-in-password-error">
              {t('signIn.passwordMissing')}
            </FormFieldErrorMessage>
          )}
          <Textbox
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            value={password}
            invalid={missing.password}
            aria-describedby={missing.password ? 'sign-in-password-error' : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        {failureMessage && (
          <Alert type="error" role="alert">
            <Paragraph>{failureMessage}</Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button" busy={signIn.isPending}>
          {signIn.isPending ? t('signIn.busy') : t('signIn.submit')}
        </Button>
      </form>
      <DemoAccountList
        onChoose={(account, demoPassword) => {
          setEmail(account.email);
          setPassword(demoPassword);
          setMissing({});
          document.getElementById('sign-in-password')?.focus();
        }}
      />
    </>
  );
}
