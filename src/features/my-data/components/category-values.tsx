import type { DataCategoryId } from '../../../api/types';
import { AccountValues } from './account-values';
import { CommunicationValues } from './communication-values';
import { ConsentValues } from './consent-values';
import { FileValues } from './file-values';
import { OrderValues } from './order-values';
import { PaymentValues } from './payment-values';
import { ProfileValues } from './profile-values';
import { ReviewValues } from './review-values';
import { TechnicalValues } from './technical-values';

/** The customer's own values in one category; `full` on its own page, a summary on the overview. */
export function CategoryValues({ id, full }: { id: DataCategoryId; full: boolean }) {
  switch (id) {
    case 'identity':
    case 'contact':
    case 'addresses':
      return <ProfileValues part={id} />;
    case 'account':
      return <AccountValues />;
    case 'orders':
      return <OrderValues full={full} />;
    case 'payment_methods':
      return <PaymentValues />;
    case 'reviews':
      return <ReviewValues full={full} />;
    case 'communications':
      return <CommunicationValues full={full} />;
    case 'files':
      return <FileValues full={full} />;
    case 'technical':
      return <TechnicalValues full={full} />;
    case 'consents':
      return <ConsentValues />;
  }
}
