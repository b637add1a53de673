import type { RegionUserResponse, RoleName } from '@koers/contracts';
import {
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useChangeRole } from '../api/change-role';
import { useDeactivateUser } from '../api/deactivate-user';
import { problemMessage } from '../../../lib/problem-message';

/** Roles granted here without more to choose; a council or portfolio holder is invited. */
const SIMPLE_ROLES: readonly RoleName[] = ['admin', 'bureau', 'board', 'observer'];

/**
 * One account: its roles here (each revocable), a role to add, and deactivation after a
 * confirmation. A refusal (the last admin, an account managed elsewhere) is said beside the action.
 */
export function AccountItem({
  regionId,
  user,
  onDone,
}: {
  regionId: string;
  user: RegionUserResponse;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeRole(regionId);
  const deactivate = useDeactivateUser();
  const [grant, setGrant] = useState('');
  const [error, setError] = useState<{
    where: 'grant' | 'roles' | 'deactivate';
    text: string;
  } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const role = (r: string) => t(`roles.${r}`);
  const idBase = `account-${user.id}`;
  const failed = (where: 'grant' | 'roles' | 'deactivate') => (e: Error) =>
    setError({
      where,
      text:
        e instanceof ApiError && e.problem?.code === 'USER_MANAGED_ELSEWHERE'
          ? t('accounts.managedElsewhere')
          : t('accounts.failedAction', {
              message: e instanceof ApiError ? (problemMessage(e.problem) ?? e.message) : e.message,
            }),
    });
  const held = new Set(user.roles.map((r) => r.role));
  const grantable = SIMPLE_ROLES.filter((r) => !held.has(r));

  return (
    <li className="koers-item koers-account" aria-labelledby={`${idBase}-name`}>
      <Heading3 id={`${idBase}-name`}>{user.name}</Heading3>
      <Paragraph>
        {user.email} · {user.active ? t('accounts.active') : t('accounts.inactive')}
      </Paragraph>
      <ul className="koers-bare-list koers-account__roles" aria-label={t('accounts.columns.roles')}>
        {user.roles.map((grantRow) => {
          const detail = grantRow.municipalityName;
          const label = detail
            ? t('accounts.roleFor', { role: role(grantRow.role), detail })
            : role(grantRow.role);
          return (
            <li key={`${grantRow.role}-${grantRow.municipalityId ?? ''}`}>
              {label}{' '}
              <Button
                appearance="subtle-button"
                busy={change.isPending}
                onClick={() => {
                  setError(null);
                  change.mutate(
                    { userId: user.id, role: grantRow.role, grant: null },
                    {
                      onSuccess: () =>
                        onDone(
                          t('accounts.revoked', { name: user.name, role: role(grantRow.role) }),
                        ),
                      onError: failed('roles'),
                    },
                  );
                }}
              >
                {t('accounts.revoke', { role: role(grantRow.role) })}
              </Button>
            </li>
          );
        })}
      </ul>
      {error?.where === 'roles' && <Paragraph className="koers-error-text">{error.text}</Paragraph>}
      {user.active && grantable.length > 0 && (
        <form
          className="koers-filters"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!grant) return setError({ where: 'grant', text: t('accounts.invite.errors.role') });
            setError(null);
            change.mutate(
              { userId: user.id, role: grant as RoleName, grant: {} },
              {
                onSuccess: () => {
                  onDone(t('accounts.granted', { name: user.name, role: role(grant) }));
                  setGrant('');
                },
                onError: failed('grant'),
              },
            );
          }}
        >
          <FormField invalid={error?.where === 'grant'} className="koers-field">
            <FormLabel htmlFor={`${idBase}-grant`}>
              {t('accounts.grantLabel', { name: user.name })}
            </FormLabel>
            {error?.where === 'grant' && (
              <FormFieldErrorMessage id={`${idBase}-grant-error`}>
                {error.text}
              </FormFieldErrorMessage>
            )}
            <Select
              id={`${idBase}-grant`}
              value={grant}
              invalid={error?.where === 'grant'}
              aria-describedby={error?.where === 'grant' ? `${idBase}-grant-error` : undefined}
              onChange={(event) => setGrant(event.target.value)}
            >
              <SelectOption value="">{t('accounts.grantChoose')}</SelectOption>
              {grantable.map((r) => (
                <SelectOption key={r} value={r}>
                  {role(r)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" busy={change.isPending}>
            {t('accounts.grant')}
          </Button>
        </form>
      )}
      {user.active &&
        (confirming ? (
          <div className="koers-confirmation">
            <Paragraph>{t('accounts.deactivateConfirm', { name: user.name })}</Paragraph>
            <div className="koers-filters">
              <Button
                appearance="primary-action-button"
                busy={deactivate.isPending}
                onClick={() =>
                  deactivate.mutate(user.id, {
                    onSuccess: () => {
                      setConfirming(false);
                      onDone(t('accounts.deactivated', { name: user.name }));
                    },
                    onError: (e) => {
                      setConfirming(false);
                      failed('deactivate')(e);
                    },
                  })
                }
              >
                {t('accounts.deactivate')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                {t('accounts.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            {t('accounts.deactivate')}
          </Button>
        ))}
      {error?.where === 'deactivate' && (
        <Paragraph className="koers-error-text">{error.text}</Paragraph>
      )}
    </li>
  );
}
