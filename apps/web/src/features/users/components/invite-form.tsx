import { ROLE_NAMES, type CreatedRegionUserResponse, type RoleName } from '@koers/contracts';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix, fieldIdFor } from '../../../components/forms/field-id';
import { SelectField, TextField } from '../../../components/forms/fields';
import { FormSummary } from '../../../components/forms/form-summary';
import { ApiError } from '../../../lib/api-client';
import { useMunicipalities } from '../../../lib/api/get-municipalities';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';
import { usePeople } from '../../people/api/get-people';
import { useCreateRegionUser } from '../api/create-region-user';

const PREFIX = 'invite';
type Field = 'email' | 'name' | 'role' | 'municipalityId' | 'personId';
const EMPTY: Record<Field, string> = {
  email: '',
  name: '',
  role: '',
  municipalityId: '',
  personId: '',
};

/**
 * The region's administrator invites a person with a role: the council's municipality or the
 * portfolio holder's person is asked only for those roles. The one-time password of a new account
 * is shown once, until the administrator says it has been passed on.
 */
export function InviteForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const create = useCreateRegionUser(regionId);
  const municipalities = useMunicipalities(regionId);
  const people = usePeople(regionId);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedRegionUserResponse | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const role = values.role as RoleName | '';

  const show = (next: FieldErrors, message: string | null = null) => {
    setErrors(next);
    setFailure(message);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = () => {
    const problems: FieldErrors = {};
    if (!values.email.trim()) problems.email = t('accounts.invite.errors.email');
    if (!values.name.trim()) problems.name = t('accounts.invite.errors.name');
    if (!role) problems.role = t('accounts.invite.errors.role');
    if (role === 'council' && !values.municipalityId) {
      problems.municipalityId = t('accounts.invite.errors.municipalityId');
    }
    if (role === 'portfolio_holder' && !values.personId) {
      problems.personId = t('accounts.invite.errors.personId');
    }
    if (Object.keys(problems).length > 0 || !role) return show(problems);
    setCreated(null);
    create.mutate(
      {
        email: values.email.trim(),
        name: values.name.trim(),
        role,
        ...(role === 'council' ? { municipalityId: values.municipalityId } : {}),
        ...(role === 'portfolio_holder' ? { personId: values.personId } : {}),
      },
      {
        onSuccess: (user) => {
          setErrors({});
          setFailure(null);
          setValues(EMPTY);
          setCreated(user);
          setTimeout(() => resultRef.current?.focus(), 0);
        },
        onError: (error) => {
          const fields = fieldErrorsFromProblem(
            error instanceof ApiError ? error.problem : undefined,
          );
          if (Object.keys(fields).length > 0) show(fields);
          else show({}, t('accounts.failedAction', { message: error.message }));
        },
      },
    );
  };

  const entries = Object.entries(errors);
  const roleName = (r: string) => t(`roles.${r}`);
  return (
    <section aria-labelledby="invite-title" className="koers-section">
      <Heading2 id="invite-title">{t('accounts.invite.title')}</Heading2>
      <Paragraph>{t('accounts.invite.intro')}</Paragraph>
      <div ref={resultRef} tabIndex={-1} role="status" className="koers-announcement">
        {created && <CreatedNotice user={created} onDismiss={() => setCreated(null)} />}
      </div>
      <FieldIdPrefix.Provider value={PREFIX}>
        <form
          noValidate
          className="koers-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <FormSummary
            ref={summaryRef}
            intro={t('accounts.invite.checkFields', { count: entries.length })}
            failure={failure}
            items={entries.map(([field, message]) => ({
              key: field,
              href: `#${fieldIdFor(PREFIX, field)}`,
              text: `${t(`accounts.invite.fields.${field}`, { defaultValue: field })}: ${message}`,
            }))}
          />
          <TextField
            path="email"
            label={t('accounts.invite.fields.email')}
            required
            value={values.email}
            error={errors.email}
            onChange={set('email')}
          />
          <TextField
            path="name"
            label={t('accounts.invite.fields.name')}
            required
            value={values.name}
            error={errors.name}
            onChange={set('name')}
          />
          <SelectField
            path="role"
            label={t('accounts.invite.fields.role')}
            required
            emptyLabel={t('accounts.invite.choose')}
            options={ROLE_NAMES.map((r) => ({ value: r, label: roleName(r) }))}
            value={values.role}
            error={errors.role}
            onChange={set('role')}
          />
          {role === 'council' && (
            <SelectField
              path="municipalityId"
              label={t('accounts.invite.fields.municipalityId')}
              required
              emptyLabel={t('accounts.invite.choose')}
              options={(municipalities.data?.items ?? []).map((m) => ({
                value: m.id,
                label: m.name,
              }))}
              value={values.municipalityId}
              error={errors.municipalityId}
              onChange={set('municipalityId')}
            />
          )}
          {role === 'portfolio_holder' && (
            <SelectField
              path="personId"
              label={t('accounts.invite.fields.personId')}
              required
              emptyLabel={t('accounts.invite.choose')}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={values.personId}
              error={errors.personId}
              onChange={set('personId')}
            />
          )}
          <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
            {create.isPending ? t('accounts.invite.saving') : t('accounts.invite.submit')}
          </Button>
        </form>
      </FieldIdPrefix.Provider>
    </section>
  );
}

/** What the invitation did; a new account's password, once. */
function CreatedNotice({
  user,
  onDismiss,
}: {
  user: CreatedRegionUserResponse;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const role = t(`roles.${user.roles[user.roles.length - 1]?.role ?? 'observer'}`);
  return (
    <Alert type="ok">
      <Paragraph>{t('accounts.invite.created', { name: user.name, role })}</Paragraph>
      {user.oneTimePassword ? (
        <>
          <Heading3>{t('accounts.invite.passwordTitle')}</Heading3>
          <Paragraph>
            <code className="koers-secret" data-testid="one-time-password">
              {user.oneTimePassword}
            </code>
          </Paragraph>
          <Paragraph>
            {t('accounts.invite.password', { name: user.name, email: user.email })}
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={onDismiss}>
            {t('accounts.invite.dismiss')}
          </Button>
        </>
      ) : (
        <Paragraph>{t('accounts.invite.noPassword', { name: user.name })}</Paragraph>
      )}
    </Alert>
  );
}
