// Route guard: the signed-in area; visitors go to sign-in and come back afterwards.
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth.queries';
import { FullPageLoader } from './FullPageLoader';
import { LoadError } from './LoadError';

export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} fullPage />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
