// The root path: Start here when signed in; otherwise sign-in for a returning browser,
// sign-up for a first visit.
import { Navigate } from 'react-router-dom';
import { useMe } from '../api/auth.queries';
import { hasSignedInBefore } from '../session-memory';
import { FullPageLoader } from './FullPageLoader';

export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to="/start" replace />;
  return <Navigate to={hasSignedInBefore() ? '/login' : '/signup'} replace />;
}
