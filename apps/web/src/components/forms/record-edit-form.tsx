import type { ErrorCode } from '@koers/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { type FieldErrors, fieldErrorsFromProblem } from '../../lib/field-errors';
import { ConflictAlert } from './conflict-alert';
import {
  type RecordField,
  RecordFields,
  RecordFormSummary,
  type RecordValues,
} from './record-fields';

export interface RecordEditFormProps<R extends { version: number }, B extends object> {
  /** Prefix of the input ids, e.g. `person`. */
  idPrefix: string;
  /** The record to change; without one the form adds a new record, starting from `empty`. */
  record?: R;
  /** The values of a new record (the form without `record`). */
  empty?: RecordValues;
  fields: RecordField[];
  valuesOf: (record: R) => RecordValues;
  /** The typed values as the API takes them, without the version. */
  toRequest: (values: RecordValues) => Omit<B, 'version'>;
  /** Label of the submit button (default "save changes"). */
  submitLabel?: string;
  save: UseMutationResult<R, Error, B>;
  /** Reads the record as it is now, to show it when someone else saved first. */
  reload: () => Promise<R>;
  /** The problem code of a version conflict, e.g. `PERSON_VERSION_CONFLICT`. */
  conflictCode: ErrorCode;
  /** The conflict's heading, e.g. "Iemand anders heeft deze persoon intussen gewijzigd". */
  conflictTitle: string;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved?: (saved: R) => void;
}

/**
 * A record saved against the version that was read (optimistic locking): when someone else saved
 * first, the form says so and keeps what was typed, to load theirs or to save this over it.
 */
export function RecordEditForm<R extends { version: number }, B extends object>(
  props: RecordEditFormProps<R, B>,
) {
  const { t } = useTranslation();
  const { onDirtyChange, save } = props;
  const creating = props.record === undefined;
  const [version, setVersion] = useState(props.record?.version ?? 0);
  const [values, setValues] = useState(() =>
    props.record ? props.valuesOf(props.record) : { ...props.empty },
  );
  const [problems, setProblems] = useState<{ errors: FieldErrors; failure: string | null }>({
    errors: {},
    failure: null,
  });
  const [conflict, setConflict] = useState<R | null>(null);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const say = (next: typeof problems) => {
    setProblems(next);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };
  const change = (name: string, value: string) => {
    setDirty(true);
    setSaved(false);
    setValues((current) => ({ ...current, [name]: value }));
  };

  const submit = () => {
    setSaved(false);
    const request = creating ? props.toRequest(values) : { ...props.toRequest(values), version };
    save.mutate(request as B, {
      onSuccess: (record) => {
        if (creating) {
          setDirty(false);
          props.onSaved?.(record);
          return;
        }
        setProblems({ errors: {}, failure: null });
        setVersion(record.version);
        setValues(props.valuesOf(record));
        setDirty(false);
        setSaved(true);
        props.onSaved?.(record);
      },
      onError: (error) => {
        const failed = (message: string) =>
          say({ errors: {}, failure: t('recordEdit.failed', { message }) });
        const problem = error instanceof ApiError ? error.problem : undefined;
        const fields = fieldErrorsFromProblem(problem);
        if (problem?.code === props.conflictCode) {
          setProblems({ errors: {}, failure: null });
          void props.reload().then(setConflict, (reload: Error) => failed(reload.message));
        } else if (Object.keys(fields).length > 0) say({ errors: fields, failure: null });
        else failed(error.message);
      },
    });
  };

  return (
    <form
      className="koers-record-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {conflict && (
        <ConflictAlert
          title={props.conflictTitle}
          onReload={() => {
            setValues(props.valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
            setDirty(false);
          }}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      {saved && (
        <div ref={savedRef} tabIndex={-1}>
          <Alert type="ok">
            <Paragraph>{t('recordEdit.saved')}</Paragraph>
          </Alert>
        </div>
      )}
      <RecordFormSummary
        ref={summaryRef}
        idPrefix={props.idPrefix}
        fields={props.fields}
        errors={problems.errors}
        failure={problems.failure}
      />
      <RecordFields
        idPrefix={props.idPrefix}
        fields={props.fields}
        values={values}
        errors={problems.errors}
        onChange={change}
      />
      <ButtonGroup className="koers-form-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {save.isPending ? t('recordEdit.saving') : (props.submitLabel ?? t('recordEdit.save'))}
        </Button>
        <Link to={props.cancelUrl}>{t('recordEdit.back')}</Link>
      </ButtonGroup>
    </form>
  );
}
