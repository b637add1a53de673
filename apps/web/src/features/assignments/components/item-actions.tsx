import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Up, down and remove for one item of an ordered list, each button named after the item. */
export function ItemActions({
  itemLabel,
  index,
  count,
  onMove,
  onRemove,
}: {
  itemLabel: string;
  index: number;
  count: number;
  onMove?: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ButtonGroup className="koers-item-actions">
      {onMove && (
        <>
          <Button
            appearance="subtle-button"
            disabled={index === 0}
            aria-label={t('assignments.form.moveUp', { item: itemLabel })}
            onClick={() => onMove(-1)}
          >
            ↑ {t('assignments.form.up')}
          </Button>
          <Button
            appearance="subtle-button"
            disabled={index === count - 1}
            aria-label={t('assignments.form.moveDown', { item: itemLabel })}
            onClick={() => onMove(1)}
          >
            ↓ {t('assignments.form.down')}
          </Button>
        </>
      )}
      <Button
        appearance="subtle-button"
        aria-label={t('assignments.form.remove', { item: itemLabel })}
        onClick={onRemove}
      >
        {t('assignments.form.removeShort')}
      </Button>
    </ButtonGroup>
  );
}
