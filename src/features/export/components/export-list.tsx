import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { exportQueries } from '../api';
import { ExportItem } from './export-item';

/** Past and running exports, newest first: the job lives on the server, so leaving is fine. */
export function ExportList() {
  const t = useT();
  const { data } = useSuspenseQuery(exportQueries.list());
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  if (data.items.length === 0) return <p>{t('export.listEmpty')}</p>;
  return (
    <ul className="export-list">
      {data.items.map((item) => (
        <ExportItem key={item.id} item={item} categoryCount={organization.dataCategories.length} />
      ))}
    </ul>
  );
}
