import type { DemoAccount } from '@koers/contracts';
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { useDemoAccounts } from '../api/get-demo-accounts';

/** Demo mode only: every demo account, with a button that fills the sign-in form. */
export function DemoAccountList({
  onChoose,
}: {
  onChoose: (account: DemoAccount, password: string) => void;
}) {
  const { t } = useTranslation();
  const demo = useDemoAccounts();
  if (!demo.data) return null;

  const councils = demo.data.accounts.filter((a) => a.role === 'council');
  const others = demo.data.accounts.filter((a) => a.role !== 'council');
  const rows = (accounts: DemoAccount[]) => (
    <ScrollsWhenNarrow captionId="demo-accounts-title">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signIn.demo.account')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signIn.demo.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signIn.demo.where')}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="koers-visually-hidden">{t('signIn.demo.action')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {accounts.map((account) => (
            <TableRow key={account.email}>
              <TableCell>{account.email}</TableCell>
              <TableCell>{t(`roles.${account.role}`)}</TableCell>
              <TableCell>{account.municipalityName ?? account.regionName}</TableCell>
              <TableCell>
                <Button
                  appearance="secondary-action-button"
                  aria-label={t('signIn.demo.fillFor', { email: account.email })}
                  onClick={() => onChoose(account, demo.data!.password)}
                >
                  {t('signIn.demo.fill')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollsWhenNarrow>
  );

  return (
    <section aria-labelledby="demo-accounts-title" className="koers-section">
      <Heading2 id="demo-accounts-title">{t('signIn.demo.title')}</Heading2>
      <Paragraph>{t('signIn.demo.intro', { password: demo.data.password })}</Paragraph>
      {rows(others)}
      {councils.length > 0 && (
        <details className="koers-details">
          <summary>{t('signIn.demo.councils', { count: councils.length })}</summary>
          {rows(councils)}
        </details>
      )}
    </section>
  );
}
