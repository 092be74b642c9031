import { useState, type FormEvent } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { DataCategoryId, ExportFormat } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { Button } from '../../../shared/ui/button';
import { useExportAttempt } from '../use-export-attempt';
import { RequestError } from './request-error';

const formats: readonly ExportFormat[] = ['json', 'csv_zip'];

/** Chooses the format and the categories (all by default) and requests the export. */
export function ExportForm() {
  const t = useT();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const all = organization.dataCategories.map((category) => category.id);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [chosen, setChosen] = useState<ReadonlySet<DataCategoryId>>(() => new Set(all));
  const [showNoneError, setShowNoneError] = useState(false);
  const { request, newAttempt, mutation } = useExportAttempt();

  const send = () => {
    if (chosen.size === 0) {
      setShowNoneError(true);
      return;
    }
    request({ format, categories: chosen.size === all.length ? null : all.filter((id) => chosen.has(id)) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const toggle = (id: DataCategoryId, on: boolean) => {
    newAttempt();
    setShowNoneError(false);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  return (
    <form className="export-form" onSubmit={onSubmit} noValidate>
      <fieldset className="choice-group">
        <legend>{t('export.formatLegend')}</legend>
        {formats.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="format"
              value={value}
              checked={format === value}
              onChange={() => {
                newAttempt();
                setFormat(value);
              }}
            />
            <span>{t(value === 'json' ? 'export.formatJson' : 'export.formatCsv')}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group" aria-describedby="export-categories-hint">
        <legend>{t('export.categoriesLegend')}</legend>
        <p id="export-categories-hint" className="field__hint">
          {t('export.categoriesHint')}
        </p>
        {showNoneError ? (
          <p className="field__error" role="alert">
            {t('export.categoriesNone')}
          </p>
        ) : null}
        {organization.dataCategories.map((category) => (
          <label key={category.id} className="choice">
            <input type="checkbox" checked={chosen.has(category.id)} onChange={(event) => toggle(category.id, event.target.checked)} />
            <span>{localized(category.name)}</span>
          </label>
        ))}
      </fieldset>
      {mutation.isError ? <RequestError error={mutation.error} sentAt={mutation.submittedAt} onRetry={send} /> : null}
      <Button type="submit" busy={mutation.isPending}>
        {t('export.submit')}
      </Button>
    </form>
  );
}
