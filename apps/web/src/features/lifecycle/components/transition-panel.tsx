import type { ProgrammeStatus, ProgrammeSummary, RoleName } from '@koers/contracts';
import { mayTransition } from '@koers/domain';
import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useAmendments } from '../../../lib/api/get-amendments';
import { useTransitions } from '../api/get-transitions';
import { TransitionConfirmation } from './transition-confirmation';

interface TransitionPanelProps {
  programme: ProgrammeSummary;
  /** The user's roles in the programme's region. */
  roles: readonly RoleName[];
  councilCount: number;
  windowWeeks: number;
  today: string;
}

/** The moves the user's role may make now, each confirmed first; refusals said in words. */
export function TransitionPanel(props: TransitionPanelProps) {
  const { programme, roles } = props;
  const { t } = useTranslation();
  const transitions = useTransitions(programme.id);
  // While the councils weigh it: changes that follow from their views make it "with amendments".
  const amendments = useAmendments(programme.id, undefined, programme.status === 'consultation');
  const amendmentCount =
    programme.status === 'consultation' ? (amendments.data?.items.length ?? 0) : 0;
  const actionLabel = (to: ProgrammeStatus) =>
    to === 'adopted' && amendmentCount > 0
      ? t('lifecycle.transitions.actions.adoptedWithAmendments')
      : t(`lifecycle.transitions.actions.${to}`);
  const [open, setOpen] = useState<ProgrammeStatus | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const triggers = useRef(new Map<ProgrammeStatus, HTMLButtonElement | null>());
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const cancel = (to: ProgrammeStatus) => {
    setOpen(null);
    triggers.current.get(to)?.focus();
  };

  return (
    <section aria-labelledby="transitions-title" className="koers-section">
      <Heading2 id="transitions-title">{t('lifecycle.transitions.title')}</Heading2>
      {done && (
        <Alert type="ok" role="status" ref={doneRef} tabIndex={-1}>
          <Paragraph>
            {t('lifecycle.transitions.done', { status: t(`programmes.statuses.${done}`) })}
          </Paragraph>
        </Alert>
      )}
      <QueryState
        query={transitions}
        loading={t('lifecycle.transitions.loading')}
        failed={t('lifecycle.transitions.failed')}
        empty={{
          when: (data) => data.transitions.length === 0,
          message: t('lifecycle.transitions.none'),
        }}
      >
        {(data) => {
          const mine = data.transitions.filter((tr) => mayTransition(roles, tr.to));
          if (mine.length === 0) {
            return <Paragraph>{t('lifecycle.transitions.notForYourRole')}</Paragraph>;
          }
          return (
            <UnorderedList className="koers-transitions">
              {mine.map((transition) => {
                const refusalId = `refusal-${transition.to}`;
                return (
                  <UnorderedListItem key={transition.to} className="koers-transition">
                    <Button
                      ref={(element: HTMLButtonElement | null) => {
                        triggers.current.set(transition.to, element);
                      }}
                      appearance={
                        transition.to === 'draft'
                          ? 'secondary-action-button'
                          : 'primary-action-button'
                      }
                      disabled={!transition.possible}
                      aria-expanded={open === transition.to}
                      aria-describedby={transition.possible ? undefined : refusalId}
                      onClick={() => {
                        setDone(null);
                        setOpen(transition.to);
                      }}
                    >
                      {actionLabel(transition.to)}
                    </Button>
                    {!transition.possible && (
                      <Paragraph id={refusalId} className="koers-refusal">
                        <strong>{t('lifecycle.transitions.notPossible')}:</strong>{' '}
                        {transition.refusal}
                      </Paragraph>
                    )}
                    {open === transition.to && (
                      <TransitionConfirmation
                        {...props}
                        transition={transition}
                        action={actionLabel(transition.to)}
                        amendmentCount={amendmentCount}
                        onCancel={() => cancel(transition.to)}
                        onDone={(status) => {
                          setOpen(null);
                          setDone(status);
                        }}
                      />
                    )}
                  </UnorderedListItem>
                );
              })}
            </UnorderedList>
          );
        }}
      </QueryState>
    </section>
  );
}
