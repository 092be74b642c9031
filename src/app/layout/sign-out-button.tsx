import { useNavigate } from 'react-router';
import { useSignOut } from '../../shared/session/api';
import { i18nStore } from '../../shared/i18n/i18n-store';
import { leaveGuard } from '../../shared/lib/leave-guard';
import { useT } from '../../shared/i18n/use-t';
import { Button } from '../../shared/ui/button';

export function SignOutButton() {
  const t = useT();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Button
      variant="secondary"
      busy={signOut.isPending}
      onClick={async () => {
        // A page with unsaved changes asks first; signing out cannot be undone by "stay".
        if (!(await leaveGuard.confirm())) return;
        signOut.mutate(undefined, {
          onSettled: () => {
            i18nStore.forgetChoice();
            void navigate('/sign-in', { replace: true, state: { notice: 'signedOut' } });
          },
        });
      }}
    >
      {t('session.signOut')}
    </Button>
  );
}
